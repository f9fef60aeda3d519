"""Sentences of the comparison that the Vergelijken screen and the
Vergelijkingsrapport share: the change since the previous round, and the
outcome of the talks across organisations.

How often the demands were agreed, and how the tenant organisations signed
(signed, signed with a reservation, did not sign, not decided yet). Each
part is counted only over the files that hold it (a bod, an agreements
register) and shown only for five organisations or more.
"""

from __future__ import annotations

from app.documents.comparison_charts import percent, signed
from app.i18n import _
from models.agreements import SignStatus
from models.comparison import OrgRound
from models.comparison_stats import ChangeSummary, Overview
from models.overleg import DemandStatus


def change_line(changes: ChangeSummary) -> str:
    """How the organisations that sent two rounds moved, and the median change."""
    return _(
        "{count} organisations sent two rounds: {better} score better, {same} the "
        "same, {worse} worse. Median change: {delta} points.",
        count=changes.count,
        better=changes.better,
        same=changes.same,
        worse=changes.worse,
        delta=signed(changes.median_delta),
    )


def _share(count: int, total: int) -> str:
    return percent(100 * count / total) if total else percent(None)


def outcome_lines(o: Overview) -> list[str]:
    """Sentences on the demands and the signing; empty when neither is shown."""
    lines: list[str] = []
    demands = o.demands
    if demands.organisations:
        lines += [
            _(
                "{organisations} organisations followed {demands} demands in the talks.",
                organisations=demands.organisations,
                demands=demands.demands,
            ),
            _(
                "Agreed: {agreed} demands ({agreed_share}); partly agreed: {partly} "
                "({partly_share}); rejected: {rejected} ({rejected_share}).",
                agreed=demands.agreed,
                agreed_share=_share(demands.agreed, demands.demands),
                partly=demands.partly_agreed,
                partly_share=_share(demands.partly_agreed, demands.demands),
                rejected=demands.by_status.get(DemandStatus.REJECTED.value, 0),
                rejected_share=_share(
                    demands.by_status.get(DemandStatus.REJECTED.value, 0), demands.demands
                ),
            ),
        ]
    signing = o.signing
    if signing.organisations:
        count = signing.by_status.get
        lines.append(
            _(
                "Signing by {organisations} tenant organisations with agreements: signed "
                "{signed}, signed with a reservation {reservation}, did not sign {refused}, not "
                "decided yet {open}.",
                organisations=signing.organisations,
                signed=count(SignStatus.SIGNED.value, 0),
                reservation=count(SignStatus.RESERVATION.value, 0),
                refused=count(SignStatus.NOT_SIGNED.value, 0),
                open=count(SignStatus.OPEN.value, 0),
            )
        )
    return lines


def organisation_outcome(item: OrgRound) -> list[str]:
    """One organisation's demands in the talks and its signing, for its summary."""
    lines: list[str] = []
    statuses = item.demand_statuses
    if statuses is not None:
        lines.append(
            _(
                "Demands in the talks: {statuses}",
                statuses=", ".join(
                    f"{_(s.label)} {statuses[s.value]}"
                    for s in DemandStatus
                    if statuses.get(s.value)
                )
                or "—",
            )
        )
    if item.tenant_signing is not None:
        lines.append(
            _(
                "Agreements: {count}; the tenants: {signing}",
                count=item.agreements or 0,
                signing=_(SignStatus(item.tenant_signing).label),
            )
        )
    return lines
