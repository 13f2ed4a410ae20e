"""Small, reusable repairs of export damage, each a pure function tested on its own."""
