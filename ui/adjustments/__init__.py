"""My adjustments: the person's private passport of what helps them work, and its exports."""
