# PeriLink interface text (fa): the staff screens.
# This file is filled in as the screens it serves are built.
