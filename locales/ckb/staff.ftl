# PeriLink interface text (ckb): the staff screens.
# This file is filled in as the screens it serves are built.
