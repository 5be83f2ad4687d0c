# PeriLink interface text (en): referrals, for referrers, hosts and mothers.
# This file is filled in as the screens it serves are built.
