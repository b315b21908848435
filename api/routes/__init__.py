"""Thin routers: each route parses the request, calls one function below the routes, and shapes the reply."""
