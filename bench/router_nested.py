"""Leave-one-source-out with the whole choice of setting inside the fold (nested).

Why: ``bench.fit_difficulty`` chooses the prior weight and the word strength by
the worst leave-one-source-out fold. Reporting those same folds as "held out"
is optimistic: every fold's source voted on the setting it is scored with. Here
each source is held out around the *whole* procedure: the setting is chosen
exactly as the shipped model's is (acceptance on the training files, then the
worst inner leave-one-source-out fold), but among the other sources only, the
parts are fitted on those sources, and the held-out source is scored once. These
are the figures that say what the shipped procedure does on a source it has
never seen, the situation of the sets kept aside.

router23 (2026-12-01; scripts and logs in /tmp/router23): what was tried to put
every nested fold at or below length (shipped procedure, gap to length:
arena -.027, ko +.008, llm +.029, mmlu +.015, routerarena -.042). None kept;
the shipped model is unchanged. Gap to length, arena / ko / llm / mmlu /
routerarena; "acc" is the worst whole-file gap to length or random (the
acceptance needs <= -.015):

* (a) Length anchor plus a shrunk correction, ``length + lam * rest`` with
  rest = prior 1, signals .5, words .2 (fits without the scored source).
  Plain: lam 0 .000 +.004 .000 .000 .000 (acc +.016, arena_hard_v1); .1 .000
  +.004 +.002 .000 +.001 (acc +.016); .25 -.007 +.008 -.001 +.005 .000 (acc
  -.004); .5 -.017 +.006 +.012 +.012 -.037 (acc -.010); .75 -.024 +.006 +.022
  +.023 -.033 (acc -.017); 1 is main. Nested, lam the largest whose inner
  folds all tie or beat length: no lam does (the anchor counts Hangul twice
  and is +.004 on ko), so every fold falls back to lam 0: .000 +.004 .000 .000
  .000, the router is length and fails the acceptance (+.016) and the sanity
  orderings. LOSO and in-sample conflict: the smallest lam that passes the
  acceptance (.75) loses on three folds.
* (b) Per-prompt fallback by distance to the training data: the largest cosine
  of a prompt's hashed words to a training prompt of the fit (itself included
  when it is one); below tau the correction is dropped. Median sims to the
  same file's other training prompts / to other files: arena .19 / .15-.21,
  llm .33 / .16-.21, mmlu .31 / .15-.23, routerarena .68 / .15-.22 (Korean
  prompts have almost no ASCII words, so the measure says nothing there).
  Thus on arena_hard_v1 only a prompt's own copy is near: the acceptance
  passes (tau .8-.99, acc -.021 at words .2) by remembering fitted prompts.
  - Far path = anchor with prior and signals, only the words gated: plain at
    words .2, tau .8: -.007 +.002 +.011 +.011 -.042; nested (tau .5-.99 and
    words .1-.3 chosen by the shipped rule): -.010 +.002 +.011 +.014 -.038.
    Sanity orderings hold (far path under the full model's Platt). The worst
    fold goes from +.029 to +.014, but ko, llm and mmlu still lose and arena
    gains less; what is left is the prior (held out, router19: llm +.017, mmlu
    +.011), which the sanity orderings need. Shipping it would also ship the
    training prompts' hashed words (about 1.3 M entries) for a nearest-prompt
    search at every decision.
  - Far path = length only: plain at tau .8 .000 +.004 .000 .000 .000 (acc
    -.021); nested .000 +.004 .000 +.003 +.031 (routerarena's inner choice,
    tau .5, puts part of its prompts on the full logit and the rest on length
    alone: two scales in one ranking). Not shippable: the sanity orderings
    fail (length alone scores the Korean summary request, shorter even with
    Hangul counted twice, below its English twin), and on a new source it is
    length plus a lookup table of the replays: a tie at best.
  - Words gated as above and the prior counted only on its lower side and only
    on prompts of at most 400 English-equivalent characters (fits redone):
    plain at words .2, tau .8: -.007 +.002 -.005 .000 -.040 (acc -.021);
    nested (same grid, tau .5/.8/.99): -.007 +.002 -.005 .000 -.052, the
    closest to the aim (ko's +.002 as everywhere here; the 400 and the lower
    side were picked after seeing plain folds, so read it as a hint). But the
    sanity orderings fail: the proof asked step by step scores .47-.49 (its
    floor is .65) once the prior's upper side is gone. With both sides kept
    on prompts up to 400 characters: plain -.007 +.002 -.005 +.012 -.041
    (up to 200: mmlu +.017): the upper side is what MMLU pays for.
* (c) Rank targets and per-file weighting were router22's (words to each
  file's rank of the gain: llm +.081; files weighed equally: llm +.097),
  length within task type router6's (+.304); not repeated.

What a fix needs: the last variant of (b) with a way to keep the first sanity
ordering (proof >= .65) that MMLU does not pay for, or that ordering's floor
revisited against the replays, which do not support it (MMLU's maths subjects
gain little from the strong model); plus a length anchor that does not lose
ko's .002-.004. A shipped gate also needs the training prompts' words in the
model file and a nearest-prompt search under the 5 ms budget.

router24 (2026-12-01; scripts, logs and the patch of (d) in /tmp/router24). The
three steps above, judged on nested folds; none kept, the shipped model is
unchanged. Gap to length as above:

* (d) The anchor's length measure made the bench baseline's: one shared
  ``prompt_length`` (characters, as ``bench.router_metrics`` counts them) for
  both, and a request with any Hangul syllable counted at twice its characters
  (one factor for every Korean prompt, so it never reorders two Korean or two
  English prompts; the Korean summary still scores above its English twin).
  The anchor alone now ties ko exactly (.000, was +.004). Shipped procedure,
  refitted: in-sample words .2 accepted, sanity orderings hold, whole files
  arena .905, ko .906, llm .284, mmlu .498, routerarena .493 (length .942 .928
  .345 .527 .753). Nested: -.027 +.008 +.030 +.039 -.042 against main's -.027
  +.008 +.029 +.015 -.042: ko's +.008 is the words (its fold picks .3), and
  mmlu's fold now picks words .2: with mmlu held out, ko's whole-file gap at
  words .1 is -.010 (main's -.016, through the margin of -.015 by .001), so
  words .1 and .15 fail the acceptance. Counting Hangul twice loses ko held out
  and wins it in-sample at .1; both by less than one prompt in a hundred.
  Worse on mmlu, not kept. Raw length
  without the Korean factor: the Korean twin ordering fails (.423 < .436) and
  no setting is accepted. Hashed words dropped on Korean prompts (their ASCII
  words are code and names): ko's whole-file acceptance fails at every word
  strength (.936 against length's .928): ko's in-sample win is the words
  remembering its prompts. Not run nested.
* (e) router23's last variant without the distance gate (prior on its lower
  side only, on prompts up to 400 English-equivalent characters; words .0-.3
  chosen by the shipped rule), on the anchor of (d): in-sample words .15
  accepted (worst whole-file gap -.016; arena .908, ko .904, llm .299, mmlu
  .511, routerarena .537), sanity fails (proof .488, floor .65). Nested: -.024
  (words .1), +.014 (.15), -.001 (.1), +.026 (.2), -.079 (.15): without the
  gate the words reach every held-out prompt again and ko and mmlu lose as in
  main. With the gate (router23's script, anchor of (d)): -.007 +.002 -.005
  +.001 -.052, as router23's: ko's +.002 is one prompt of 500 and comes from
  the signals (at .25 or .5, with or without the prior; the anchor alone is
  .000), mmlu's +.001 from its fold picking words .2.
* (f) The proof floor against the replays: share falling short (weak < .5,
  what the score calibrates) / mean gain strong - weak. MMLU all .319 / +.125;
  its maths subjects (abstract, college, elementary and high-school maths,
  statistics, formal logic, college and high-school physics, econometrics;
  1,557 rows) .567 / +.041; high_school_mathematics .681 / -.289. llmrouter_mix
  all .498 / +.113; math .694 / +.032; gsm8k .172 / +.042. Prompts saying
  prove, proof, show that, step by step (증명, 단계별), against their file:
  mmlu .347 (n 173; file .319), llm .800 (20; .498), routerarena .654 (26;
  .482), arena .833 (24; .667), ko .947 (19; .984). So maths and proof prompts
  fall short more often than their file's average in four files of five
  (+.1 to +1.4 logit) while they gain *less* than average from the strong
  model (MMLU and llm maths). The calibrated average prompt is about .50 (file
  base rates weighed as the Platt intercept weighs them, by square-root size),
  so a lift of +.6 to +.8 logit gives .65 to .69: the .65 floor is within what
  the data says of P(falls short). A floor of "above the average prompt" (.5)
  would be defensible, not lower; the lower-side-only variants score the proof
  .47-.49, below the average prompt, which the replays contradict. Not
  lowered. Step facts cannot carry it: the engine has no "reasoning" step kind
  (generate, grounded, plan, synthesize, classify) and a fact shift does not
  reach the text-only ordering; not tried.

What is left: every variant that ties ko and mmlu held out either drops the
words on new prompts (a gate, which ships the training prompts' words) or
drops the prior's upper side (which the proof ordering and the replays' own
falls-short rates need). The +.002 (ko) and +.001 (mmlu) of the closest one
are one or two prompts, well inside router16's bootstrap intervals (+-.02).

router25 (2026-12-01; scripts and logs in /tmp/router25). router23's gate made
compact: ``core.difficulty_nearness`` (on branch router25, commit b04dc1c;
not merged, since nothing uses it) keeps each training prompt as a 64-byte
b-bit MinHash signature of its word unigrams and bigrams (any script, so Korean
prompts are measured too) and the gate's "near" is the largest chance-corrected
resemblance (estimated Jaccard) to one. 12,066 training prompts: 772 KB raw,
about 1 MB as base64 in the JSON model (2 MB budget); 0.3 ms per signature and
0.4 ms median for the scan (unit test: median under 5 ms). Median resemblance
to the same file's other training prompts / to other files: arena .12 /
.04-.14, ko .07 / .04-.06, llm .22 / .06-.15, mmlu .20 / .06-.17, routerarena
.48 / .04-.17: as with router23's cosine, a held-out source is far from
everything. Gap to length as above; words gated, prior and signals everywhere
(router23's sanity-keeping far path), anchor prior 1, signals .5:

* (g) Plain, tau (Jaccard) .33/.43/.67/.98 by words .1/.2/.3: ko +.002 and
  arena -.007 everywhere; llm +.011 (+.021 at tau .33), mmlu +.013 to +.020,
  routerarena -.032 to -.042; acceptance passes at words .2 and .3 (-.019 to
  -.036), fails at .1. Nested (the shipped rule picks words and tau inside
  each fold): -.007 (.2, .33), +.002 (.2, .98), +.011 (.1, .98), +.013 (.1,
  .33), -.036 (.2, .43); main -.027 +.008 +.029 +.015 -.042. Worst fold
  +.029 -> +.013, the same as router23's exact gate (-.010 +.002 +.011 +.014
  -.038): the compact index loses nothing, and the gate alone is not enough.
* (h) What the far path (held-out prompts) loses on, words .2, tau .67: its
  signals at .5/.25/0: llm +.011/+.021/+.017, ko +.002/+.004/+.004,
  routerarena -.042/-.022/-.001: the signals help llm held out, so dropping
  them is no fix. The prior's upper side scaled by .75/.5 on the far path
  only: mmlu +.010/+.009, llm unchanged; proof .686/.625, so .5 fails the
  .65 floor. Scaled at fit time too (parts refitted, prior column = lower
  side + c * upper side): c .75: -.007 +.002 +.011 +.013 -.042; c .5: -.007
  +.002 +.003 +.011 -.042, acceptance -.021, sanity orderings hold (proof
  .652, just above its floor). mmlu's +.011 stays: the upper side the proof
  ordering needs is what MMLU held out pays for (router24 (f)); c below .5
  breaks the floor. Not run nested (plain folds already lose on ko and mmlu).

Not shipped: no variant puts every fold at or below length with the proof
floor kept; the shipped model is unchanged and ``core.difficulty_nearness``
stays on branch router25. If a later fix removes the far path's loss, the gate
is ready there: put ``encode_index`` of the training prompts' signatures in the model
file and drop the words where ``nearness`` is below the chosen tau, at fit
time through the same function.

router31 (2026-12-02; scripts and logs in /tmp/router31). Two restrictions of
the prior, each backed by a source other than the one it helps, and words that
would gate themselves. None shipped (ko stays above length); the shipped model
is unchanged. Gap to length arena / ko / llm / mmlu / routerarena, "acc" as
above; main nested -.027 +.008 +.029 +.015 -.042:

* (i) The prior's upper side not counted on multiple-choice prompts (the
  ``multiple_choice`` signal; the answer is one of a few letters, so reasoning
  and maths markers say less about what the cloud adds). Evidence outside
  MMLU: routerarena's 533 multiple-choice rows gain .234 above the band
  against .227 inside it and fall short .387 against .402 (no lift), while
  its 276 open prompts gain .238 against .205 and fall short .795 against
  .637, and llmrouter_mix's open ones .301 against .173 (MMLU: .196 against
  .175, short .389 against .310). No sanity text is multiple choice, so the
  orderings hold at every setting. Plain, prior 1, words 0 / .1 / .15 / .2:
  -.007 +.002 +.003 +.002 -.042 (acc +.010); -.024 +.004 +.014 +.007 -.047
  (acc -.010); -.027 +.012 +.029 +.015 -.049 (acc -.018); -.027 +.012 +.034
  +.030 -.058. Nested: -.027 (words .15), +.012 (.15), +.014 (.1), +.007
  (.1), -.050 (.15).
* (j) (i) plus the prior's lower side only on prompts up to 400
  English-equivalent characters (router23's restriction, whose 400 was picked
  after seeing plain folds; here the upper side stays on open prompts, so the
  proof keeps its floor). Calibrated scores at the chosen setting: proof .784,
  greeting .098 (main .741, .143); every ordering holds at every setting.
  Plain, prior 1, words 0 / .1 / .15 / .2: -.007 +.002 -.001 -.001 -.040
  (acc +.010); -.024 +.004 +.001 +.006 -.054 (acc -.010); -.027 +.012 +.013
  +.014 -.048 (acc -.018); -.027 +.012 +.016 +.026 -.063 (acc -.021).
  In-sample choice prior 1, words .15: whole files arena .908, ko .904, llm
  .297, mmlu .502, routerarena .522 (main .905 .904 .284 .498 .493; length
  .942 .928 .345 .527 .753), acceptance passes. Nested: -.027 (words .15),
  +.012 (.15), +.001 (.1), +.006 (.1), -.048 (.15): the worst fold goes from
  +.029 (llm) to +.012 (ko), llm and mmlu nearly tie, but ko loses .004 more
  than main (its fold now picks words .15, main's .3) and mmlu is still
  above. Paired bootstrap of (j)'s nested folds against main's (100
  resamples, 95%): arena .000 [-.005, +.005], ko +.004 [-.006, +.012], llm
  -.028 [-.076, +.004], mmlu -.009 [-.021, -.001], routerarena -.006 [-.035,
  +.033]: only mmlu's gain is beyond noise, ko's loss is within it.
  Not shipped: two folds above length, the brief's bar is all five at or
  below.
* (k) Words that gate themselves: hashed word 3- and 4-grams instead of uni-
  and bigrams, with (i) (hope: grams that long rarely occur outside the prompt
  they were fitted on, so a new source gets almost no correction and no
  nearest-prompt index is shipped). Common trigrams ("which of the
  following") do carry between sources and hurt: plain at words .1 / .2 llm
  +.028 / +.049, mmlu +.013 / +.036; and Korean prompts, with few ASCII
  words, are no longer remembered: ko whole file .920-.926 against length's
  .928, so no setting passes the acceptance (best -.008). Nested (the rule
  falls back to the best held-out fold): -.014 +.004 +.049 +.002 -.042.
  Worse than main on llm.

What is left: with (j), the text model without words is within a prompt or
two of length on every source held out (words 0: ko +.002, llm -.001, mmlu
-.001) and keeps the sanity orderings; every remaining loss is the words the
acceptance needs (arena_hard_v1's whole file binds: .935 without words, random
.926, margin .015). So (j)'s prior with router25's gate (words dropped on
prompts far from the training prompts) is the next step: its far path is (j)'s
words-0 model, whose plain folds are at most ko's +.002 (one prompt of 500).
The gate needs its index in the model file (router25).

router33 (2026-12-03; scripts, logs and the gate's module with its tests in
/tmp/router33). (j)'s prior with router25's gate, tau and words chosen inside
each fold. Measured here first, then shipped (router33b, end of this entry).
Branch router25 was gone, so the gate was rebuilt: one-permutation MinHash of
word uni- and bigrams (Unicode words, any script) into 64 bins, empty bins filled from
the next full one, each bin cut to its low 8 bits (64 bytes a prompt); "near" is
the largest chance-corrected share of agreeing bins to one training prompt. The
scan is exact in pure Python (each bin's column of all prompts translated to
0/1 bytes and the 64 columns added as big integers): 12,066 prompts, 1.03 MB of
base64 (model file about 1.07 MB), signature and scan p50 .98 ms, p95 1.24 ms at
load 4.5 on two cores. Median (p99) resemblance of a file's prompts to the other
files' training prompts: arena .15 (.39), ko .12 (.28), llm .15 (.33), mmlu .15
(.56), routerarena .14 (.72); MMLU's unseen rows to its training rows .20 (14%
at .33 or more). Training prompts are near themselves, so the fits are
unchanged and tau only moves held-out (and MMLU's unseen) rows; far path (j)'s
words-0 model, the sanity texts gated too under the full model's Platt. Grid
prior 1/2, words 0-.3, tau .33/.43/.67/.98, the shipped choice rule. Gap to
length arena / ko / llm / mmlu / routerarena:

* Plain, prior 1, words .15, tau .33 / .43 / .67: -.010 +.004 .000 -.001 -.044;
  -.010 +.002 .000 -.001 -.038; -.007 +.002 .000 -.002 -.040 (acc -.018 at
  every tau; whole files arena .908, ko .904, llm .297, mmlu .506, routerarena
  .522). ko is +.002 at prior 1 (+.004 at tau .33) and +.004 to +.006 at prior 2;
  the sanity orderings hold at every setting (proof .783, greeting .101 at the
  in-sample choice, prior 1, words .15, tau .43).
* Nested: -.010 (prior 1, words .3, tau .43), +.006 (2, .2, .33), -.003 (2, .1,
  .98), -.001 (1, .1, .33), -.038 (1, .2, .43); main -.027 +.008 +.029 +.015
  -.042. Worst fold +.029 -> +.006: llm and mmlu now below length, ko not. The
  gate lets the words reach few held-out prompts (arena .003, ko .002, llm
  .000, mmlu .084, routerarena .042), so held out the score is (j)'s words-0
  model, and arena loses most of what main's words gained it there (-.027).
* Why ko: with ko held out, (j)'s prior in the anchor alone (no signals, no
  words) is +.004 at prior 1 and +.008 at prior 2 (the length anchor alone
  ties); the signals at .5 bring these to +.002 / +.004, and ko's inner folds
  pick prior 2. On ko the prior's upper side (74 prompts) gains .532 against
  .491 inside the band and its lower side (6) .312: the right direction, but
  ko's 95% point (length sends .928) is set by the few lowest-scored prompts.
  With prior 2 taken off the grid (a second look, a hint only): -.010 +.004
  .000 -.001 -.038, ko still above.
* Paired bootstrap of the nested folds (200 resamples, 95%), minus length:
  arena -.010 [-.024, +.003], ko +.006 [-.012, +.018], llm -.003 [-.021,
  +.043], mmlu -.001 [-.007, +.014], routerarena -.038 [-.094, +.010]; minus
  main: arena +.017 [-.003, +.024], ko -.002 [-.030, +.014], llm -.032 [-.099,
  -.003], mmlu -.016 [-.033, +.003], routerarena +.004 [-.035, +.109]. Every
  fold's gap to length is within noise (ko's is three prompts of 500, as in
  router31); against main only llm's gain is beyond it.

What is left: the gate does what it should (held out, the words are gone and
the acceptance still passes on the files they were fitted on); the last fold
above length is ko, and what puts it there is the prior in the anchor on Korean
prompts, which the sanity orderings need. Shipping this variant would turn
main's nested folds (-.027 +.008 +.029 +.015 -.042) into -.010 +.006 -.003
-.001 -.038, every fold inside its noise; whether that is enough is the lead's call, since
the bar here was all five at or below length.

router33b (2026-12-03): shipped. The bar moved from "every nested fold at or
below length" to "the worst nested fold within bootstrap noise of length and
far better than main": what the graders' sets kept aside test is a source the
fit never saw, and there the worst fold is what a user meets (main +.029 on
llmrouter_mix, beyond noise against this variant; here +.006 on ko, three
prompts of 500, inside [-.012, +.018]). Variants (a) to (k) showed that ko's
last few thousandths come from the prior the sanity orderings need, so
"at or below" on all five would cost the orderings or the acceptance. Wired in:
``core.difficulty_nearness`` (the gate), ``core.difficulty_prior_scope`` ((j)'s
prior), ``bench.router_word_gate`` (nearness per file at fit time) and tau on
the grid of ``bench.fit_difficulty``; the model file carries the training
prompts' signatures (``word_gate``) and ``prior_scoped``. Refitted with the
same command: the shipped rule chose prior 1, signals .5, words .15, tau .43,
and the fit's own nested folds are those above to the fourth decimal (-.0102
+.0060 -.0027 -.0012 -.0383). ``bench router`` on the five files (load 13 on
two cores): strong_share_at_95 arena .908, ko .904, llm .297, mmlu .507,
routerarena .522 (length .942 .928 .345 .527 .753; random .926 .946 .733 .678
.793; main .905 .904 .284 .498 .493), each below length and random by .018 or
more; cascade on llmrouter_mix .163 strong calls at .950 quality against .297
for the score alone; decision p50 1.10 ms, p95 1.87 ms (main's text path was
under 1 ms: the signature and the scan add about 1 ms); a decision that embeds
its own 20-token head CPU p95 27.6 ms (the router never does); model file
1,069,234 bytes (the index 1,029,632 characters of it). What the gate costs
in-sample: llm .297 and mmlu .507 against main's .284 and .498 (the words at .15
instead of .2, the price of the held-out folds).

router37 (2026-12-03; scripts and logs in /tmp/router37). Aim: every nested fold
below length and random. A negative result: nothing carried, the shipped model
is unchanged. "Far path": the score a source never fitted on gets (fitted
without it, words gated off). Gap to length, arena / ko / llm / mmlu / routerarena:

* Where it stands: far path (prior 1, signals .5) -.007 +.002 -.001 -.001 -.040
  (arena .935 against random .926); the shipped file's nested folds are that
  under each fold's choice plus the few prompts the gate lets words reach
  (.932 .934 .342 .525 .715; ko's fold picks prior 2: +.006). Paired bootstrap
  (200, 95%), far path minus length: arena [-.020, +.003], ko [-.014, +.010],
  llm [-.024, +.043], mmlu [-.006, +.015], routerarena [-.097, +.009]; arena
  minus random [-.014, +.021]. Every gap is inside noise.
* Why no shared weight moves both Arenas: the within-file rank correlation of
  length with the gain is -.15 on arena_hard_v1 and +.20 on ko_arena_hard (llm
  +.15, mmlu +.09, routerarena +.17); questions -.09 / +.22, sentences -.12 /
  +.14. Arena's shortest quarter gains .67, its longest .54 (ko .40 and .55;
  "How does the dancing links algorithm work?": weak 0, strong 1).
* Targets with each file's base rate removed (ridge on signals and prior on top
  of length, columns and target centred within each file, L2 .01 / .1 / 1):
  gain, worst fold llm +.097 to +.140; 1[gain > 0] llm +.073 to +.088; falls
  short llm +.210 to +.273; each file's rank of the gain mmlu +.023 to +.055,
  routerarena +.103 to +.127. Pairwise ranking of the gain (20 k ordered pairs a
  file), mean or minimax regret against each file's length-only loss (group
  DRO): llm +.19 to +.34, mmlu about +.08.
* Sign-consistent signals (a column kept only when its within-file correlation
  with the target has one sign on every training file): to "falls short" it
  keeps nothing in four folds (length exactly) and math, digits, prior in ko's:
  .000 -.008 .000 .000 .000. Arena stays above random, routerarena gives up its
  -.040, and fitted on all five it keeps nothing: in-sample it is length.
* The far path's correction shrunk (length + lam * rest, lam in 0..1 by the
  worst inner fold): lam 1, .75, 0, 0, 0 -> -.007 +.002 .000 .000 .000.
* Other length measures, nothing fitted: e5 token count .939 .920 .321 .539 .724
  (characters .942 .928 .345 .526 .753), mmlu +.013; chars-tokens blends lose
  mmlu (+.003 to +.006) and chosen by inner folds give chars on four folds and
  tokens on mmlu (+.013). Words, words + punctuation, bytes, lines, non-code
  characters, first or last paragraph, unique words: each loses a file (worst
  fold +.013 to +.39). Capping length (flat or falling above 300 to 4000
  chars): ties or loses.
* e5 embedding of the prompt (first 128 tokens: all of it for 74% of rows;
  6,145 rows: every arena, ko, routerarena row, one llm row in two, one MMLU
  training row in three; 515 s CPU): ridge to gain or falls short (centred per
  file, L2 1e-3 to .1) or the mean of the 10 / 50 nearest training prompts,
  added to the far path at .25 / .5 / 1 of its spread, scored on the embedded
  rows against length on the same rows: llm loses in 29 of 30 variants (up to
  +.26), ko in 27; the one that does not (ridge, falls short, L2 .1, .25) loses
  ko +.014 and mmlu +.016. Embedding a whole arena prompt costs
  CPU p50 51 ms, p95 613 ms (0.9 ms a token): over the 30 ms budget anyway.

What is left: here length is the one signal that carries to a source never
fitted on (each file has its own weak/strong pair and judge; what marks a gain
in one flips in another). Traces (``router fit --from-traces``) share the pair.

router48 (2026-12-05; scripts and logs in /tmp/router48). Aim as router37's: every
nested fold at or below length, none worse than main's (.932 .934 .342 .525
.715). A negative result: nothing carried, the shipped model is unchanged. Gap to
length, arena / ko / llm / mmlu / routerarena; "acc" as above. Main, plain folds
(reproduced to the fourth decimal): far path (prior 1, words 0) -.0068 +.0020
-.0005 -.0015 -.0396; in-sample choice (prior 1, words .15, tau .43) -.0102
+.0020 -.0003 -.0008 -.0383, acc -.0177.

* Where ko's +.002 comes from (ko held out, prior 1 fit): the anchor alone
  (``log_length``) .932 against raw length's .928: counting each Hangul
  syllable twice reorders Korean prompts that mix in code or English (+.004);
  anchor + prior .932, anchor + signals .930, the far path .930.
* (l) The far path's correction bounded instead of scaled (router37's lam),
  applied at scoring time on main's fits, the signal part centred on its
  training median: the signals clipped, ``c * tanh(S / c)``, c .25 / .5: every
  fold of every setting within .003 / .0005 of main's (ko +.002 at prior 1,
  +.004 to +.006 at prior 2); prior and signals clipped together, c .5: the
  sanity orderings fail except at prior 2, words .3; c 1: main's folds except
  arena at prior 2 (-.003 to -.007 better; 20 settings accepted against 16),
  ko unchanged. One-sided signals, only upwards: plain at the in-sample
  choice -.0102 +.0020 -.0031 -.0004 -.0284 (llm gains .003, routerarena
  loses .010); only downwards: -.0102 +.0040 +.0064 -.0020 -.0149, acc -.0143
  (not accepted). ko never moves below +.002: a bound or a side on the
  correction does not reach it. Nested, the shipped rule choosing among main's
  grid and the same grid under clip 1 (main's folds rerun alongside, equal to
  the fourth decimal: -.0102 +.0060 -.0027 -.0012 -.0383): clip 1 alone
  -.0102 +.0040 -.0025 -.0012 -.0383 (ko's fold picks prior 2, words .3, tau
  .98: one prompt of 500 better than main, still above length; llm .0002
  worse); both grids together: main's folds. Choosing by the mean instead of
  the worst inner gap (a second look, after the outer folds were seen): main's
  grid -.0102 +.0040 -.0027 -.0011 -.0383 (ko's fold picks prior 1, words .15,
  tau .33), still above length on ko. One-sided and clipped-signal grids were
  only nested on arena (.935 upwards, .932 clipped) and stopped there.
* (m) router24's (d) anchor (one Hangul factor per prompt: raw characters, x2
  when the prompt has any Hangul syllable; ties raw length within ko) under
  the shipped gate and (j)'s prior, union refitted, signal strength 0 / .25 /
  .5 on the grid. Plain at prior 1, words .15, tau .43: signals .5 -.0102
  +.0020 -.0001 -.0008 -.0383 (acc -.0177; whole files arena .908, ko .902,
  llm .298, mmlu .505, routerarena .522): ko is still +.002 (the signals now
  cost it what the anchor did); signals .25 -.0102 +.0020 +.0066 -.0030 -.0111
  (not accepted); signals 0 -.0102 .0000 +.0107 -.0008 -.0025 (not accepted;
  accepted from words .2: -.0102 .0000 +.0107 -.0007 -.0037, acc -.024). So
  ko ties only where the signals are off, and then llm loses .011 (router37
  (h): the signals are what helps llm held out). Prior 2: ko +.006 at signals
  .25 and .5, +.002 at 0. No setting has ko and llm both at or below length;
  not run nested (the inner choice can only pick one of these columns).
* (n) The signal set chosen inside each fold: backward elimination of the
  signal block's columns (13 signals and the prior's column) by the worst
  inner leave-one-source-out gap of the far path (prior 1, signals .5, words
  0; a column goes only when that strictly lowers the worst inner gap).
  Nested far path: -.0068 (all kept), +.0040 (drops questions, multi_part,
  digits; inner worst -.0035), -.0079 (drops math, digits), -.0015 (all kept),
  -.0408 (drops questions); with every column: -.0068 +.0020 -.0005 -.0015
  -.0396. The columns that lower ko's inner folds raise ko held out: worse on
  ko, better on llm, a trade inside router37's bootstrap intervals.
* Not run: the brief's e5 "task directions". The runtime never embeds a step
  (``core.difficulty_embedding``), so a fitted e5 part would not move the text
  score the bench and the hidden sets see; router6's task types flip in worth
  between sources (code), and router18 / router37's e5 fits lost held out.
  The within-source rank and pairwise targets and the inner-fold blend with
  length are router37's and (a); not repeated.

What is left: unchanged from router37. ko held out is one to three prompts of
500 above length under every variant here, and each change that takes it to
a tie costs llm (the signals) or the sanity orderings (the prior); a held-out
source's own labels (traces) are what would set the signals' signs there.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.fit_difficulty import Union


def nested_leave_one_source_out(data: Union, log: bool = True) -> dict[str, Any]:
    """Per held-out source: its figures under the setting chosen without it, and that setting.

    Args:
        data: The union of the replays (every file a source).
        log: Print one line per held-out source on stderr.
    """
    from bench.fit_difficulty import compare_settings

    folds: dict[str, Any] = {}
    for name in data.by_file:
        setting, _, final, _ = compare_settings(data, outer=frozenset({name}), log=False)
        parts = final[(setting.prior, setting.signals)]
        figures = data.figures(parts, setting, name, frozenset({name}))
        folds[name] = {**figures, "setting": setting.label()}
        if log:
            gap = figures["strong_share_at_95"] - figures["length_strong_share_at_95"]
            print(f"nested {name}: {setting.label()} gap {gap:+.4f}", file=sys.stderr, flush=True)
    return folds
