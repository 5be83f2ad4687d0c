# PeriLink interface text (zh-Hans): the register, for session hosts.
# This file is filled in as the screens it serves are built.
