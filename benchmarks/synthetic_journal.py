"""A deterministic, realistic-looking 20-year journal for the store benchmarks.

Why synthetic: a benchmark must run anywhere and give the same data every time, and no real
journal may ever be used for it. Why realistic: SQLite and FTS5 costs depend on the shape of
the data (text length, how often words repeat, how entries cluster on days), so the journal
imitates a person's: mostly notes of about 300 words, some exercises with answers and
intensities, busy and quiet months, several entries on some days, a small set of tags, and
words with Zipf-like frequencies, so there are very common words and very rare ones.

The vocabulary is built in (no word lists are downloaded): a few hundred base words written
by hand, grown into a few thousand word forms by regular English inflection.
"""

from __future__ import annotations

import itertools
import random
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache

from kindspace.journal.models import Entry


def _words(text: str) -> list[str]:
    """Word lists are written as plain text: easier to read and extend than quoted lists."""
    return text.split()


DEFAULT_ENTRIES = 9_500
DEFAULT_SEED = 20_240_611
FIRST_DAY = date(2006, 1, 1)
LAST_DAY = date(2025, 12, 31)
#: The "rare word" searched for is a tail word found in about this many entries.
RARE_TARGET_DOCUMENTS = 3

FUNCTION_WORDS = _words("""
i the and to a of it was my that in me is for but with so this not on have be just at had what
about like all do feel as they we you felt how been more when out can there or from would one still
up if some time because then much no he she her him them their were an by think now which who too
really even very today only also into again did could should will am day over after before
something things maybe why while where much most other our us its your his any every little lot
each these those than such here through
""")

NOUNS = _words("""
work mother father sister brother friend family morning evening night week year body mind heart
breath sleep dream walk home kitchen garden house room bed door window car train bus office meeting
job boss colleague team project email phone message call letter book page word voice face hand
shoulder chest stomach head back throat eye tear smile laugh thought feeling memory moment minute
hour weekend holiday birthday dinner lunch breakfast coffee tea water rain sun sky cloud wind snow
tree flower leaf grass river sea beach hill mountain park street city town village neighbour child
daughter son partner husband wife grandmother grandfather aunt uncle cousin baby dog cat bird
doctor therapist nurse teacher student school class lesson exam test result plan goal list task
habit routine practice exercise meditation kindness compassion patience courage fear anger sadness
shame guilt worry anxiety stress pressure tension pain ache headache fever cold illness health
energy rest break pause silence noise music song film show game story news problem question answer
reason choice decision mistake failure success progress change step chance hope wish need want
habit promise apology argument conversation talk chat visit trip journey flight hotel station
bridge road path corner shop market money bill rent salary budget price gift card present party
celebration wedding funeral loss grief comfort support help advice care attention space boundary
limit part piece side edge middle beginning end start finish deadline schedule calendar diary
journal notebook pen desk chair sofa blanket pillow shower bath towel mirror clothes coat shoe sock
jacket scarf umbrella bag key light lamp candle fire screen computer laptop keyboard app feed post
photo picture painting drawing poem line sentence note draft season spring summer autumn winter
month today tomorrow yesterday future past present anniversary routine ritual prayer gratitude
intention kindness warmth softness strength weakness pattern critic voice judgement standard
expectation perfection comparison hospital appointment medicine symptom diagnosis recovery
treatment session worksheet neighbourhood community volunteer choir club gym pool run swim bike
ride yoga stretch afternoon lunchtime bedtime alarm clock radio podcast television kettle toast
soup bread cake biscuit fruit apple orange banana salad pasta rice vegetable meal recipe oven
fridge plate cup mug bowl spoon table floor wall ceiling roof balcony yard fence gate lawn pond
lake forest wood field meadow cliff shore wave tide stone rock sand shell trail bench sibling niece
nephew stepmother stepfather godmother flatmate landlord stranger crowd guest host manager client
customer patient supervisor mentor coach counsellor friendship relationship marriage divorce
breakup pregnancy surgery injury bruise scar wound migraine insomnia nightmare panic craving
appetite diet weight posture muscle spine knee ankle wrist finger skin hair jaw lip forehead cheek
belly hip leg arm toe neck emotion mood temper frustration loneliness joy delight relief peace
contentment tenderness vulnerability resilience acceptance forgiveness
""")

UNCOUNTABLE = set(
    _words("""
today tomorrow yesterday past future yoga work health energy rest silence music news progress
advice care attention kindness compassion patience courage fear anger sadness shame guilt anxiety
stress pressure tension water rain snow grass money support comfort grief gratitude warmth softness
strength weakness perfection medicine recovery treatment breakfast lunch dinner coffee tea sleep
help
""")
)

#: Regular verbs; "+" marks a final consonant that doubles (stop -> stopped, stopping).
VERBS = _words("""
walk talk call ask want need try cry worry hurry carry smile laugh listen notice breathe rest sleep
wake work finish start stop+ plan+ hope wish wonder remember forget+ forgive accept allow let+ move
stay return arrive leave open close clean cook bake wash tidy pack unpack visit help care share
trust believe doubt judge blame criticise praise thank apologise promise decide choose change
improve manage handle cope struggle fail succeed learn study practise exercise stretch relax calm
soothe comfort hold hug+ touch reach pause notice observe watch look see hear sense name label
describe write read draw paint sing dance play jog+ swim run shop+ chat+ text email message reply
answer argue shout snap+ sigh complain explain mention admit+ regret+ prefer+ refuse agree disagree
offer receive give get+ take make keep lose find miss love like enjoy hate fear dread avoid face
handle settle rush wait expect deserve compare measure push pull carry drop+ skip+ step+ trip+
wrap+ nod+ sob+ hum+ jot+ nap+ rub+ tap+ cancel postpone schedule organise prepare celebrate mourn
grieve heal recover ache hurt shake tremble shiver sweat blush freeze soften loosen tighten release
hold honour value treasure appreciate forgive nourish protect encourage support reassure remind
invite welcome cherish nurture greet hesitate stumble wander linger ponder reflect dwell ruminate
overthink panic scroll browse sort fold iron hoover sweep mop+ dust plant weed mow rake pour stir+
chop+ slice taste smell sip+ gulp swallow chew climb cycle wave kiss cuddle tickle nag+ tease scold
ignore interrupt whisper mumble stammer giggle grin+ frown scowl glance stare gaze blink yawn
shrug+ nudge
""")

IRREGULAR_VERBS = _words("""
feel:felt think:thought go:went:gone come:came:come see:saw:seen know:knew:known say:said tell:told
take:took:taken give:gave:given get+:got make:made keep:kept sleep:slept leave:left lose:lost
find:found bring:brought buy:bought teach:taught catch:caught fight:fought begin+:began:begun
drink:drank:drunk eat:ate:eaten fall:fell:fallen forget+:forgot:forgotten write:wrote:written
speak:spoke:spoken wake:woke:woken break:broke:broken choose:chose:chosen hide:hid:hidden run+:ran
swim+:swam:swum sing:sang:sung sit+:sat stand:stood understand:understood hold:held meet:met
send:sent spend:spent build:built hear:heard read:read hurt:hurt let+:let put+:put cut+:cut
freeze:froze:frozen shake:shook:shaken bite:bit:bitten drive:drove:driven fly:flew:flown
ride:rode:ridden weep:wept dig+:dug
""")

ADJECTIVES = _words("""
good bad tired calm quiet loud gentle kind harsh soft warm cold hot busy slow quick heavy light
tight loose sad happy angry anxious nervous tense relaxed restless peaceful grateful thankful
hopeful hopeless lonely alone together safe scared afraid brave proud ashamed guilty embarrassed
awkward honest open closed clear foggy heavy bright dark grey sunny rainy windy early late long
short new old young small big huge tiny whole broken raw tender sore stiff weak strong steady shaky
fragile hard easy difficult simple strange familiar normal different same important useful helpful
hurtful careful careless patient impatient gentle rough sharp dull empty full hungry thirsty sick
ill well better worse fine okay great lovely awful terrible wonderful beautiful ugly messy tidy
fresh stale sweet bitter kind unkind fair unfair real true false free stuck lost ready overwhelmed
exhausted drained rested content curious bored frustrated irritated disappointed hurt upset
relieved surprised confused worried excited nervous playful serious silly warm distant close
patient present absent mindful critical compassionate gloomy cheerful grumpy moody cranky sleepy
drowsy alert awake numb flat low high brittle prickly jumpy edgy jittery teary weepy tearful joyful
gleeful glad delighted pleased satisfied hurried rushed harried frazzled scattered focused
distracted grounded centred balanced wobbly clumsy lazy idle productive useless worthless worthy
enough lacking needy clingy independent stubborn flexible rigid humble modest vain selfish generous
thoughtful thoughtless considerate rude polite
""")

#: Words most journals use only a handful of times: places, names, odd things.
RARE_WORDS = _words("""
quince cormorant harpsichord marzipan lighthouse kestrel saffron tamarind ocarina sycamore juniper
aubergine walnut heron lantern thimble pelican meringue zither kaleidoscope origami glacier geyser
fjord tundra sandbar estuary archipelago lagoon hedgehog badger otter wren starling magpie
nightingale albatross puffin narwhal rhubarb gooseberry elderflower nutmeg cardamom fennel parsnip
artichoke pomegranate apricot damson greengage mulberry persimmon kumquat lychee papaya guava
clementine cello bassoon oboe clarinet trombone ukulele mandolin banjo accordion xylophone tapestry
quilt embroidery crochet pottery kiln loom spindle easel charcoal Lisbon Porto Bergen Tromso Lyon
Ghent Utrecht Kyoto Hobart Dunedin Galway Cork Inverness Whitby Ludlow Ely Hexham Kendal Ambleside
Keswick Tenby Dingle Sligo Marguerite Ottoline Barnaby Ignatius Wilhelmina Cosmo Perpetua Leopold
Araminta Thaddeus Seraphina Bartholomew Cressida Evander Philippa Rosalind Montgomery lemniscate
palimpsest syzygy petrichor susurrus hiraeth sonder apricity komorebi vellichor numinous ephemeral
liminal halcyon quiescent sonorous crepuscular mizzle dreich gloaming smirr haar snell glaikit
blether bothy cairn machair
""")

TAGS = (
    "work", "family", "sleep", "health", "gratitude", "anxiety", "friends", "body",
    "grief", "parenting", "rest", "nature", "self-criticism", "therapy", "creativity",
)  # fmt: skip

EXERCISES = {
    "self-compassion-break": ("noticing", "common_humanity", "kindness"),
    "soothing-touch": ("where", "what_changed"),
    "compassionate-letter": ("situation", "letter", "reading_it_back"),
    "loving-kindness": ("phrases", "who", "noticed"),
    "inner-critic-reframe": ("critic_said", "friend_would_say", "kinder_words"),
    "gratitude-three-things": ("first", "second", "third"),
}
_SPLIT_WORDS = re.compile(r"[A-Za-z]+")


_IRREGULAR_PLURALS = {
    "child": "children", "wife": "wives", "leaf": "leaves", "diagnosis": "diagnoses",
}  # fmt: skip
_PLAIN_LY = frozenset(
    _words("""
quiet calm slow quick soft warm kind harsh loud clear bright sad proud brave safe honest open close
fair free real strange strong weak sharp rough loose tight deep late short whole raw tender stiff
""")
)


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _verb_forms(verb: str) -> list[str]:
    """Base, -s, -ed and -ing of a regular verb (``+`` marks a doubled final consonant)."""
    double = verb.endswith("+")
    base = verb.rstrip("+")
    third = base + "es" if base.endswith("o") else _plural(base)
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif double:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return [base, third, past, ing]


def _adverb(adjective: str) -> str | None:
    if adjective.endswith(("ful", "ous", "al", "nt")) or adjective in _PLAIN_LY:
        return adjective + "ly"
    if adjective.endswith("le") and not adjective.endswith("ile"):
        return adjective[:-1] + "y"
    if adjective.endswith("y") and adjective[-2] not in "aeiou":
        return adjective[:-1] + "ily"
    return None


def _unique(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))


@cache
def vocabulary() -> tuple[str, ...]:
    """Every word form, most common first (the rank that Zipf's law is applied to)."""
    rng = random.Random(DEFAULT_SEED)
    regular = {verb.rstrip("+"): verb for verb in VERBS}
    irregular = {spec.split(":")[0].rstrip("+"): spec.split(":") for spec in IRREGULAR_VERBS}
    verb_forms: list[list[str]] = []
    for base in _unique([*regular, *irregular]):
        if base in irregular:
            parts = irregular[base]
            rule = _verb_forms(parts[0])
            verb_forms.append(_unique([rule[0], rule[1], *parts[1:], rule[3]]))
        else:
            verb_forms.append(_verb_forms(regular[base]))
    noun_forms = [[n] if n in UNCOUNTABLE else [n, _plural(n)] for n in _unique(NOUNS)]
    adjective_forms = [[a, *filter(None, [_adverb(a)])] for a in _unique(ADJECTIVES)]
    # Base forms come in the order written (roughly most common first); inflected forms are
    # rarer than their base, so they follow later. A little noise keeps the order natural.
    ranked: list[tuple[float, str]] = []
    for group in (verb_forms, noun_forms, adjective_forms):
        for position, forms in enumerate(group):
            for degree, form in enumerate(forms):
                ranked.append((position * rng.uniform(0.6, 1.6) * (1 + degree), form))
    common = _unique([*FUNCTION_WORDS, *(word for _, word in sorted(ranked))])
    rare = _unique(RARE_WORDS)
    if {word.lower() for word in rare} & set(common) or len({w.lower() for w in rare}) < len(rare):
        raise AssertionError("rare words must be unique and absent from the common words")
    return (*common, *rare)


@cache
def _cumulative_weights() -> tuple[float, ...]:
    """Zipf-Mandelbrot for the common words, a much thinner tail for the rare ones."""
    words = vocabulary()
    rare_start = len(words) - len(RARE_WORDS)
    weights = [1.0 / (rank + 2.7) ** 1.07 for rank in range(1, rare_start + 1)]
    floor = weights[-1]
    weights += [floor * 0.08 / (1 + index / 12) for index in range(len(words) - rare_start)]
    return tuple(itertools.accumulate(weights))


def content_words() -> frozenset[str]:
    return frozenset(vocabulary()) - frozenset(FUNCTION_WORDS)


class _Writer:
    """Turns a seeded random generator into sentences, paragraphs and entries."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary()
        self.cumulative = _cumulative_weights()

    def sentence(self) -> str:
        count = max(3, int(self.rng.gauss(13, 5)))
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.rng.choice(".....!?")

    def text(self, word_target: int) -> str:
        paragraphs: list[str] = []
        written = 0
        while written < word_target:
            sentences = [self.sentence() for _ in range(self.rng.randint(2, 6))]
            written += sum(s.count(" ") + 1 for s in sentences)
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        count = self.rng.randint(2, 6)
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        return " ".join(words).capitalize()


def _entry_days(rng: random.Random, count: int, first: date, last: date) -> list[date]:
    """Days with entries: quiet and busy months, many empty days, several entries on some."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    month_level: dict[tuple[int, int], float] = {}
    for day in days:
        key = (day.year, day.month)
        if key not in month_level:
            level = rng.lognormvariate(0, 0.5)
            roll = rng.random()
            month_level[key] = level * (0.05 if roll < 0.08 else 2.0 if roll > 0.95 else 1.0)
    weights = [month_level[(d.year, d.month)] * (1.3 if d.weekday() >= 5 else 1.0) for d in days]
    return sorted(rng.choices(days, weights=weights, k=count))


def _offset_minutes(moment: date) -> int:
    """The writer lived in Europe, spent four years on the US east coast, then came back."""
    summer = 4 <= moment.month <= 10
    if 2014 <= moment.year <= 2017:
        return -240 if summer else -300
    return 120 if summer else 60


def _exercise(writer: _Writer, kind: str) -> tuple[dict[str, object], int | None, int | None]:
    rng = writer.rng
    answers: dict[str, object] = {}
    for step in EXERCISES[kind]:
        if step == "phrases":
            answers[step] = [writer.sentence() for _ in range(rng.randint(2, 4))]
        else:
            answers[step] = writer.text(rng.randint(20, 80))
    if rng.random() < 0.1:
        return answers, None, None
    before = rng.randint(3, 9)
    return answers, before, max(0, before - rng.randint(0, 4))


def generate_entries(
    count: int = DEFAULT_ENTRIES,
    *,
    seed: int = DEFAULT_SEED,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> list[Entry]:
    """The journal's entries in writing order; the same arguments always give the same list."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    entries: list[Entry] = []
    for day in _entry_days(rng, count, first_day, last_day):
        hour = rng.choice((7, 7, 8, 8, 9, 12, 13, 17, 19, 20, 21, 21, 22, 22, 23))
        zone = timezone(timedelta(minutes=_offset_minutes(day)))
        written = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=zone)
        tags = tuple(rng.sample(TAGS, k=rng.choices((0, 1, 2, 3), (40, 35, 18, 7))[0]))
        answers: dict[str, object] = {}
        kind, before, after, title = "note", None, None, ""
        if rng.random() < 0.18:
            kind = rng.choice(sorted(EXERCISES))
            answers, before, after = _exercise(writer, kind)
            body = writer.text(max(0, int(rng.gauss(110, 60)))) if rng.random() < 0.8 else ""
        else:
            title = writer.title() if rng.random() < 0.35 else ""
            body = writer.text(min(900, max(40, int(rng.gauss(300, 90)))))
        entries.append(
            Entry(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                day=day,
                created=written,
                updated=written,
                kind=kind,
                title=title,
                body=body,
                answers=answers,
                intensity_before=before,
                intensity_after=after,
                tags=tags,
            )
        )
    return sorted(entries, key=lambda entry: entry.created)


def _entry_words(entry: Entry) -> set[str]:
    row = entry.to_row()
    text = " ".join((entry.title, entry.body, row["answers_text"], row["tags_text"]))
    return {word.lower() for word in _SPLIT_WORDS.findall(text)}


def document_frequencies(entries: Sequence[Entry]) -> Counter[str]:
    """In how many entries each (lower-cased) word appears."""
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(_entry_words(entry))
    return counts


def search_words(entries: Sequence[Entry]) -> tuple[str, str]:
    """A common word (the content word in most entries) and a rare one (in a few entries).

    The rare word comes from the rare tail, which has no inflected forms, so FTS5's porter
    stemmer cannot merge it with other words and the entry count stays what is reported.
    """
    frequencies = document_frequencies(entries)
    common = max(sorted(content_words() - set(RARE_WORDS)), key=lambda w: frequencies[w])
    present = [w.lower() for w in RARE_WORDS if frequencies[w.lower()] > 0]
    if not present:
        return common, common
    rare = min(present, key=lambda w: (abs(frequencies[w] - RARE_TARGET_DOCUMENTS), w))
    return common, rare


def busiest_month(entries: Sequence[Entry]) -> tuple[int, int]:
    months = Counter((entry.day.year, entry.day.month) for entry in entries)
    return max(sorted(months), key=lambda month: months[month])


def busiest_day(entries: Sequence[Entry], year: int, month: int) -> date:
    days = Counter(e.day for e in entries if (e.day.year, e.day.month) == (year, month))
    return max(sorted(days), key=lambda day: days[day])
