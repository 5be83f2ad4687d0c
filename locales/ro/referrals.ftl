# PeriLink interface text (ro): referrals, for referrers, hosts and mothers.
# This file is filled in as the screens it serves are built.
