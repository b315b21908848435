"""The extractive drafts in the method's form, built from the user's own situation.

Every item says where it comes from: the user's facts (quoted back), the material (cited to exact
lines) or the assistant's proposal; missing facts are named as gaps ("Fyll i: …"). The goal card is
chosen by meaning (`cards.py`); earlier drafts of the conversation carry into later ones (`plan.py`).

Split by job: context.py (what every draft shares), measures.py (the indicator and its baseline), problem.py
(the problem formulation), actors.py (interventions and actors), goal.py (the local goal) and follow_up.py (the
follow-up plan). The names below are re-exported so that `from assistant.generation.extractive.drafts import X`
keeps working.
"""

from __future__ import annotations

from assistant.generation.extractive.compose import text_key
from assistant.generation.extractive.drafts.actors import (
    actors_near as actors_near,
)
from assistant.generation.extractive.drafts.actors import (
    backend_words as backend_words,
)
from assistant.generation.extractive.drafts.actors import (
    card_actors,
)
from assistant.generation.extractive.drafts.actors import (
    named_actors as named_actors,
)
from assistant.generation.extractive.drafts.actors import (
    school_role as school_role,
)
from assistant.generation.extractive.drafts.context import (
    DraftContext as DraftContext,
)
from assistant.generation.extractive.drafts.context import (
    _measure_figures as _measure_figures,
)
from assistant.generation.extractive.drafts.context import (
    at as at,
)
from assistant.generation.extractive.drafts.context import (
    context,
)
from assistant.generation.extractive.drafts.context import (
    preposition as preposition,
)
from assistant.generation.extractive.drafts.follow_up import (
    follow_up_plan,
)
from assistant.generation.extractive.drafts.goal import (
    _reach as _reach,
)
from assistant.generation.extractive.drafts.goal import (
    goal_check,
    local_goal,
)
from assistant.generation.extractive.drafts.goal import (
    goal_direction as goal_direction,
)
from assistant.generation.extractive.drafts.measures import (
    BASELINE_FIGURES as BASELINE_FIGURES,
)
from assistant.generation.extractive.drafts.measures import (
    RESULT_AFTER_LABEL as RESULT_AFTER_LABEL,
)
from assistant.generation.extractive.drafts.measures import (
    _direction as _direction,
)
from assistant.generation.extractive.drafts.measures import (
    _grade_bound as _grade_bound,
)
from assistant.generation.extractive.drafts.measures import (
    _indicator_fields as _indicator_fields,
)
from assistant.generation.extractive.drafts.measures import (
    _kind as _kind,
)
from assistant.generation.extractive.drafts.measures import (
    _own_source as _own_source,
)
from assistant.generation.extractive.drafts.measures import (
    _parts_of_one_whole as _parts_of_one_whole,
)
from assistant.generation.extractive.drafts.measures import (
    _user_causes as _user_causes,
)
from assistant.generation.extractive.drafts.problem import (
    another_organisations as another_organisations,
)
from assistant.generation.extractive.drafts.problem import (
    problem_formulation,
)

__all__ = ["card_actors", "follow_up_plan", "local_goal", "problem_formulation", "goal_check", "context", "text_key"]
