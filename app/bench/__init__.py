"""Speed and scale: a synthetic corpus with its answer key, and the benchmark that runs on it.

generate.write_corpus writes articles and answers; dbfill puts events straight into a database;
run.run_bench measures extract, ingest, pages under load (load.py), Datasette and raw SQL.
"""
