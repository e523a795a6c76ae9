"""The dialogue: conversation state, the pure engine, screens, and the step unit of work."""
