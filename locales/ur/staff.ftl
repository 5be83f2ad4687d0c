# PeriLink interface text (ur): the staff screens.
# This file is filled in as the screens it serves are built.
