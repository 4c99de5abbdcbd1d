"""Set 52's clock, date and unit wordings (opens52d): each family read by its slots.

- tools.dates_spelled_clock_61e: span hours, clock hours and minutes spelled in Korean
  words ("세시간 사십분", "아홉시 반"), a closing "(2031년)", the end asked as a noun
  ("끝나는 시간"). "3시간 사십분" had been answered as 3 hours (wrong): pinned below.
- tools.followup_stop_on_way_61e: "중간에 20분 쉬면?", "if i stay 45 min extra?" after a
  clock end read by code.
- tools.units_said_61e: "마일로 몇마일" (the unit asked twice), "running a 10k, how many
  miles is that" (what was done said before the measure).
"""

from __future__ import annotations

import tools.dates_spelled_clock_61e as spelled
import tools.followup_stop_on_way_61e as stop
import tools.units_said_61e as units_said
from tests.tools.rule_switch import Case, answers_stay, off, read_by, turns_read_only_by_their_rule

_SPELLED_OFF = off(spelled, "SPELLED_CLOCK_61E", False)
_STOP_OFF = off(stop, "STOP_ON_WAY", False)
_UNITS_OFF = off(units_said, "UNITS_SAID_61E", False)

_CASES: list[Case] = [
    # Set 52's own wordings.
    *read_by(
        _SPELLED_OFF,
        [
            (["아침 9시반에 출발해서 세시간 사십분 걸리면 몇시 도착"], "13:10 (오후 1시 10분)"),
            (
                ["영화 저녁 7시40분 시작 러닝타임 2시간45분이면 끝나는 시간"],
                "22:25 (오후 10시 25분)",
            ),
            (["2031년 6월1일부터 9월15일까지 며칠이야 (2031년)"], "106일"),
        ],
    ),
    *read_by(
        _UNITS_OFF,
        [
            (["5키로 달리기면 마일로 몇마일"], "5 km = 3.1069 mi"),
            (["running a 10k, how many miles is that"], "10 km = 6.2137 mi"),
        ],
    ),
    *read_by(
        _STOP_OFF,
        [
            (
                [
                    "아침 9시반에 출발해서 세시간 사십분 걸리면 몇시 도착",
                    "중간에 휴게소에서 20분 쉬면?",
                ],
                "13:30 (오후 1시 30분)",
            ),
            (
                [
                    "my shift starts at 10:45pm and lasts 8.5 hours, when do i get off",
                    "if i stay 45 min extra?",
                ],
                "08:00",
            ),
        ],
    ),
    # Clock hours, minutes and spans spelled in Korean words, a closing year, the end as a noun.
    *read_by(
        _SPELLED_OFF,
        [
            (["오후 두시에 시작해서 한시간 오십분 하면 몇시에 끝나"], "15:50 (오후 3시 50분)"),
            (
                ["저녁 여섯시 반에 출발해서 두 시간 십오분 걸리면 몇시 도착"],
                "20:45 (오후 8시 45분)",
            ),
            (["오전 10시에 시작하는 회의 삼십오분이면 언제 끝나"], "10:35 (오전 10시 35분)"),
            (["아홉시 반에 출발해서 네시간 걸리면 몇시 도착"], "13:30 (오후 1시 30분)"),
            (["밤 11시에 시작해서 세시간 이십분 하면 몇시에 끝나"], "02:20 (오전 2시 20분)"),
            (["오후 1시 시작 러닝타임 2시간 10분이면 끝나는 시각은?"], "15:10 (오후 3시 10분)"),
            (["6월 1일부터 8월 15일까지 며칠 (2033년)"], "75일"),
        ],
    ),
    # The unit asked twice, what was done said before the measure.
    *read_by(
        _UNITS_OFF,
        [
            (["하프 21.1키로는 마일로 몇 마일"], "21.1 km = 13.1109 mi"),
            (["3 kg 파운드로 몇 파운드"], "3 kg = 6.6139 lb"),
            (["100미터 피트로 몇 피트"], "100 m = 328.084 ft"),
            (["i just swam 1500 m, how many miles is that"], "1,500 m = 0.9321 mi"),
            (["we hiked 12 km, how many miles is it"], "12 km = 7.4565 mi"),
            (["my kid ran a 5k, how many miles is that"], "5 km = 3.1069 mi"),
        ],
    ),
    # A stop or a stay on the way after a clock end read by code.
    *read_by(
        _STOP_OFF,
        [
            (
                ["오전 8시에 출발해서 2시간 30분 걸리면 몇시 도착", "가다가 휴게소에서 15분 쉬면?"],
                "10:45 (오전 10시 45분)",
            ),
            (["저녁 6시 시작 3시간이면 몇시에 끝나", "중간에 30분 쉬면?"], "21:30 (오후 9시 30분)"),
            (
                [
                    "my shift starts at 7am and lasts 9 hours, when do i get off",
                    "what if i work 30 minutes late?",
                ],
                "16:30",
            ),
            (
                [
                    "my shift starts at 7am and lasts 9 hours, when do i get off",
                    "so what if i stay 20 mins longer",
                ],
                "16:20",
            ),
            (
                [
                    "we leave at 9:15am and the drive takes 4 hours 20 minutes, "
                    "what time do we arrive",
                    "if we stop for 25 minutes on the way?",
                ],
                "14:00",
            ),
        ],
    ),
]

test_read_only_by_its_rule = turns_read_only_by_their_rule(_CASES)

# Near misses: each stays unread (or read as before).
test_near_misses_stay = answers_stay(
    [
        (["3시간 사십분"], None),
        (["9시반에 출발해서 3시간 사십분 걸리면 몇시 도착"], "13:10 (오후 1시 10분)"),  # was 12:30
        (["9시반에 출발해서 세시간 40분 걸리면 몇시 도착"], "13:10 (오후 1시 10분)"),  # was 10:10
        (["세 시간에 한 번 먹으면 하루 몇 번"], None),  # a frequency, no span
        (["2030년 6월1일부터 9월15일까지 며칠이야 (2031년)"], None),  # two years: not ours
        (
            ["이분이 9시에 출발해서 3시간 걸리면 몇시 도착"],
            "12:00 (오후 12시 0분)",
        ),  # 이분: a person
        (["끝나는 시간이 언제야"], None),
        (["half of 10 km, how many miles is that"], None),
        (["another 5 km, how many miles is that"], None),
        (["10 km 킬로로 몇 마일"], None),  # another unit after 몇
        (["3시간 40분은 몇분", "20분 쉬면?"], None),  # no clock end before
        (
            [
                "my shift starts at 7am and lasts 9 hours, when do i get off",
                "if i stay 45 minutes?",
            ],
            None,
        ),
        (
            [
                "my shift starts at 7am and lasts 9 hours, when do i get off",
                "if i take a 30 min break?",
            ],
            None,
        ),
    ]
)
