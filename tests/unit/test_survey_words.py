"""The survey's figures in words (app.services.survey_words), with and without a member count."""

from app.services.survey_words import on_behalf, participation
from models.survey_results import SurveyCount


def count(total: int, members: int | None) -> SurveyCount:
    return SurveyCount(
        total=total,
        paper=total,
        online=0,
        counted_by_hand=0,
        members=members,
        neighbourhoods=(),
        themes=(),
        general_remarks=(),
        warnings=(),
    )


def test_participation_names_the_share_of_the_members_when_their_number_is_known() -> None:
    assert participation(count(312, 1240)) == "312 van de 1.240 leden deden mee (25%)."
    assert participation(count(1312, None)) == "1.312 leden deden mee."
    assert participation(count(5, 0)) == "5 leden deden mee."


def test_on_behalf_names_the_members_when_their_number_is_known() -> None:
    assert on_behalf(count(312, 1240)) == "namens 312 van de 1.240 leden"
    assert on_behalf(count(1312, None)) == "namens 1.312 leden"
