# PeriLink interface text (ti): the register, for session hosts.
# This file is filled in as the screens it serves are built.
