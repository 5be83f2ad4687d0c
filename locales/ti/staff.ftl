# PeriLink interface text (ti): the staff screens.
# This file is filled in as the screens it serves are built.
