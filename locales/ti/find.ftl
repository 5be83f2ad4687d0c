# PeriLink interface text (ti): the mother's directory and bookings.
# This file is filled in as the screens it serves are built.
