# PeriLink interface text (ti): outcome reports, for coordinators.
# This file is filled in as the screens it serves are built.
