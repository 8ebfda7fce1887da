"""sauda: Hindi and English AI-deal news turned into a structured, charted dataset.

One module per stage: `paths`, `text`, `money`, `entities`, `deals`, `charts`,
`evaluate`, `extract`. Import by submodule: ``from utils import money``.
"""

__version__ = "0.1.0"
