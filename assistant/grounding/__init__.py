"""What an answer may stand on: sentences of retrieved passages, the support verdict, goal cards and the guard."""
