# PeriLink interface text (en): outcome reports, for coordinators.
# This file is filled in as the screens it serves are built.
