"""Reference pipeline for Chinese government information-disclosure annual reports.

readers (bytes → Document) → extractors (Document → record fields) → record
(validated against schemas/report.schema.json) → writers (JSON, DOCX, SQLite/PostgreSQL).
"""
__version__ = "0.1.0"
SCHEMA_VERSION = "1.0.0"
