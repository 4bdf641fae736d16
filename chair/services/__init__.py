"""The product's operations, without Qt: what the window and the command line both call, so
that they give one answer. Each module takes a database (and what else it needs) and returns
domain records; printing and drawing stay with the caller."""
