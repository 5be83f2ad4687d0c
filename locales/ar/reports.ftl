# PeriLink interface text (ar): outcome reports, for coordinators.
# This file is filled in as the screens it serves are built.
