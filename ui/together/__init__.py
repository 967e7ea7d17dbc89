"""Together mode: think a plan through with a supporter alongside, keeping only what you choose."""
