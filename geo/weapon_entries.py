"""The weapon vocabulary's entries: each system with its aliases, category, nominal range and
who fields it, and the generic words that name a category with no system ("drones", "cruise
missiles"). Ranges are public nominal figures in km (export versions where one exists), meant for
drawing reach and for sanity checks, not for targeting. Matching and lookup: geo.weapons."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = (
    "ballistic missile",
    "cruise missile",
    "missile",
    "drone",
    "naval drone",
    "glide bomb",
    "artillery",
    "rocket artillery",
    "air defence missile",
    "aircraft",
)


@dataclass(frozen=True, slots=True)
class Weapon:
    """A weapon system, or a generic kind of weapon when ``name`` is None."""

    name: str | None
    category: str
    range_km: float | None = None
    aliases: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(
                f"'category' should be one of {', '.join(CATEGORIES)}, got {self.category!r} instead"
            )


_RU, _UA = ("Russia",), ("Ukraine",)
# the FAB, ODAB and UAB series with a glide kit, by their mass in kg
_GLIDE_KITTED = tuple(f"{s}-{kg}" for s in ("FAB", "ODAB", "UAB") for kg in (250, 500, 1500, 3000))

SYSTEMS: tuple[Weapon, ...] = (
    # Ballistic missiles
    Weapon("ATACMS", "ballistic missile", 300, ("MGM-140", "Army Tactical Missile System"), _UA),
    Weapon("Oreshnik", "ballistic missile", 5000, ("Орешник",), _RU),
    Weapon("Iskander", "ballistic missile", 500, ("Iskander-M", "9M723", "SS-26"), _RU),
    Weapon(
        "Kinzhal",
        "ballistic missile",
        2000,
        ("Kh-47M2", "Kh-47", "X-47M2", "X-47", "X-47 Kinzhal", "Кинжал"),
        _RU,
    ),
    Weapon("KN-23", "ballistic missile", 690, ("Hwasong-11", "KN23"), _RU),
    Weapon("Hrim-2", "ballistic missile", 500, ("Grim-2", "Sapsan"), _UA),
    Weapon("Tochka-U", "ballistic missile", 120, ("Tochka", "OTR-21", "SS-21"), _RU + _UA),
    # Cruise missiles
    Weapon("Storm Shadow", "cruise missile", 250, ("SCALP-EG", "SCALP EG", "SCALP"), _UA),
    Weapon("Iskander-K", "cruise missile", 500, ("9M728", "9M729", "R-500"), _RU),
    Weapon("Kh-101", "cruise missile", 2500, ("Kh101", "X-101", "Х-101"), _RU),
    Weapon("Kh-55", "cruise missile", 2500, ("X-55", "Kh-555", "X-555"), _RU),
    Weapon("Kalibr", "cruise missile", 1500, ("3M-14", "3M14", "Калибр"), _RU),
    Weapon("Kh-59", "cruise missile", 290, ("Ovod", "Kh-69", "X-59", "X-69"), _RU),
    Weapon("Kh-22", "cruise missile", 600, ("Kh-32", "X-22", "X-32"), _RU),
    Weapon("Zircon", "cruise missile", 1000, ("3M22", "Tsirkon", "Циркон"), _RU),
    Weapon("Oniks", "cruise missile", 600, ("P-800", "P-800 Oniks", "Yakhont", "Onyx"), _RU),
    Weapon("Kh-35", "cruise missile", 260, ("Kh-35U", "X-35"), _RU),
    Weapon("Kh-31", "cruise missile", 110, ("Kh-31P", "X-31"), _RU),
    Weapon("Flamingo", "cruise missile", 3000, ("FP-5",), _UA),
    Weapon("Neptune", "cruise missile", 400, ("R-360", "Long Neptune"), _UA),
    Weapon("Harpoon", "cruise missile", 280, ("RGM-84",), _UA),
    Weapon("Bastion", "cruise missile", 600, ("Bastion-P", "K-300P"), _RU),
    Weapon("Taurus", "cruise missile", 500, ("KEPD 350", "Taurus KEPD"), ()),
    Weapon("Tomahawk", "cruise missile", 1600, ("BGM-109",), ()),
    # Drones
    # "mopeds": the soldiers' and locals' name for them, from their engine's sound (in the
    # plural only: "a man on a moped" is a man on a moped)
    Weapon(
        "Shahed",
        "drone",
        2500,
        ("Shahed-136", "Shahed-131", "Geran-2", "Geran", "Герань", "mopeds"),
        _RU,
    ),
    Weapon("Lancet", "drone", 40, ("ZALA Lancet", "Izdeliye 52"), _RU),
    Weapon("Bayraktar TB2", "drone", 300, ("Bayraktar", "TB2"), _UA),
    Weapon("Liutyi", "drone", 1000, ("Lyutyi", "Lutyi", "Лютий"), _UA),
    Weapon("FP-1", "drone", 1600, (), _UA),
    Weapon("UJ-22 Airborne", "drone", 800, ("UJ-22",), _UA),
    Weapon("Bober", "drone", 1000, (), _UA),
    # small drones of the front line, by their makers' names
    Weapon("Molniya", "drone", 40, ("Molniya-1", "Molniya-2", "Молния"), _RU),
    Weapon("Mavic", "drone", 15, ("DJI Mavic", "Mavic-3"), _RU + _UA),
    Weapon("Gerbera", "drone", 600, (), _RU),
    Weapon("Italmas", "drone", 200, (), _RU),
    # the heavy bomber drone Russian writers call "Baba Yaga"
    Weapon("Baba Yaga", "drone", 20, ("Baba-Yaga",), _UA),
    Weapon("Magura V5", "naval drone", 800, ("Magura", "Magura drone", "Magura V5 drone"), _UA),
    Weapon("Sea Baby", "naval drone", 1000, ("SeaBaby", "Sea Babies", "Sea Baby drone"), _UA),
    # Glide bombs
    Weapon(
        "KAB",
        "glide bomb",
        70,
        # (the series alone too: "two FABs", "an ODAB")
        ("KAB-250", "KAB-500", "KAB-1500", "UMPK", "FAB", "ODAB", "UAB", "UMPB", "UPAB")
        + ("UPAB-1500",)
        + _GLIDE_KITTED,
        _RU,
    ),
    Weapon("JDAM-ER", "glide bomb", 72, ("JDAM",), _UA),
    Weapon("GLSDB", "glide bomb", 150, ("Ground-Launched Small Diameter Bomb",), _UA),
    Weapon("GBU-39", "glide bomb", 110, ("GBU-39/B", "Small Diameter Bomb"), _UA),
    Weapon("AASM Hammer", "glide bomb", 70, ("AASM",), _UA),
    # Rocket artillery
    Weapon("HIMARS", "rocket artillery", 80, ("M142", "GMLRS", "M30", "M31"), _UA),
    # ("MLRS" alone is either side's launcher: a generic word)
    Weapon("M270", "rocket artillery", 80, ("M270 MLRS",), _UA),
    Weapon("Grad", "rocket artillery", 40, ("BM-21", "BM-21 Grad"), _RU + _UA),
    Weapon("Smerch", "rocket artillery", 90, ("BM-30", "Tornado-S"), _RU),
    Weapon("Uragan", "rocket artillery", 35, ("BM-27",), _RU + _UA),
    Weapon("Vampire", "rocket artillery", 20, ("RM-70 Vampire", "RM-70"), _UA),
    Weapon("TOS-1", "rocket artillery", 10, ("TOS-1A", "Solntsepyok"), _RU),
    # Tube artillery
    Weapon("Caesar", "artillery", 40, ("CAESAR howitzer",), _UA),
    Weapon("PzH 2000", "artillery", 40, ("Panzerhaubitze 2000",), _UA),
    Weapon("M777", "artillery", 30, ("M777 howitzer",), _UA),
    Weapon("Krasnopol", "artillery", 25, ("Krasnopol-M", "Krasnopol-M2"), _RU),
    # Air defence missiles (also fired at ground targets)
    Weapon("S-400", "air defence missile", 400, ("S400", "Triumf", "SA-21", "48N6"), _RU),
    Weapon("S-300", "air defence missile", 150, ("S300", "SA-10", "SA-20", "5V55"), _RU + _UA),
    Weapon("Patriot", "air defence missile", 160, ("MIM-104", "PAC-3"), _UA),
    Weapon("IRIS-T", "air defence missile", 40, ("IRIS-T SLM",), _UA),
    Weapon("NASAMS", "air defence missile", 40, (), _UA),
    Weapon("S-200", "air defence missile", 300, ("S200", "SA-5"), _RU + _UA),
    Weapon("Buk", "air defence missile", 45, ("Buk-M1", "Buk-M2", "Buk-M3", "SA-11"), _RU + _UA),
    Weapon("Pantsir", "air defence missile", 20, ("Pantsir-S1", "SA-22"), _RU),
    Weapon("Tor", "air defence missile", 15, ("Tor-M1", "Tor-M2", "SA-15"), _RU),
    # Aircraft
    Weapon("Su-34", "aircraft", 1100, ("Su34",), _RU),
    Weapon("Su-25", "aircraft", 750, ("Su25",), _RU + _UA),
    Weapon("Su-24", "aircraft", 600, ("Su-24M", "Su24"), _RU + _UA),
    Weapon("Su-35", "aircraft", 1600, ("Su-35S", "Su35"), _RU),
    Weapon("Ka-52", "aircraft", 460, ("Ka52",), _RU),
    Weapon("Mi-28", "aircraft", 450, ("Mi-28N", "Mi28"), _RU),
    Weapon("Tu-95", "aircraft", 15000, ("Tu-95MS", "Bear"), _RU),
    Weapon("Tu-22M3", "aircraft", 6800, ("Tu-22M", "Tu-22"), _RU),
    Weapon("F-16", "aircraft", 4200, ("F16",), _UA),
)

# Generic words: a category without a named system. Longest phrases are matched first.
GENERIC: dict[str, str] = {
    "ballistic missile": "ballistic missile",
    "medium-range missile": "ballistic missile",
    "intermediate-range missile": "ballistic missile",
    "hypersonic missile": "ballistic missile",
    "cruise missile": "cruise missile",
    # a salvo of several kinds is a missile strike, not the kind named last
    "cruise and ballistic missile": "missile",
    "ballistic and cruise missile": "missile",
    "ballistic as well as cruise missile": "missile",
    "cruise as well as ballistic missile": "missile",
    "missile": "missile",
    # "rockets" with no system named are a launcher's (Grad, HIMARS), not a missile
    "rocket": "rocket artillery",
    "combat drone": "drone",
    "attack drone": "drone",
    "kamikaze drone": "drone",
    "kamikaze": "drone",  # "a kamikaze struck a shop"
    "loitering munition": "drone",
    "drone": "drone",
    "uav": "drone",
    "unmanned aerial vehicle": "drone",
    "uncrewed aerial vehicle": "drone",
    "uncrewed aircraft": "drone",
    "unmanned aircraft": "drone",
    "unmanned aerial system": "drone",
    "fpv drone": "drone",
    "fpv": "drone",  # "an FPV hit a car", "Russian FPVs"
    "quadcopter": "drone",
    "hexacopter": "drone",
    "octocopter": "drone",
    "decoy drone": "drone",
    "naval drone": "naval drone",
    "sea drone": "naval drone",
    "unmanned surface vessel": "naval drone",
    "uncrewed surface vessel": "naval drone",
    "unmanned boat": "naval drone",
    "uncrewed boat": "naval drone",
    # a ministry's order of words: "destroyed four uncrewed Ukrainian boats"
    "uncrewed ukrainian boat": "naval drone",
    "unmanned ukrainian boat": "naval drone",
    "unmanned ukrainian surface vessel": "naval drone",
    "uncrewed ukrainian surface vessel": "naval drone",
    "drone boat": "naval drone",
    "kamikaze boat": "naval drone",
    "explosive boat": "naval drone",
    "unmanned surface vehicle": "naval drone",
    "uncrewed surface vehicle": "naval drone",
    # the world's other words for them (weapon32: "maritime drones", "USVs", "water drones")
    **dict.fromkeys(
        (
            "maritime drone",
            "marine drone",
            "water drone",
            "surface drone",
            "seaborne drone",
            "sea based drone",
            "underwater drone",
            "naval kamikaze drone",
            "kamikaze drone boat",
            "boat drone",
            "usv",
            "unmanned vessel",
            "uncrewed vessel",
            "unmanned naval vessel",
            "uncrewed naval vessel",
            "unmanned sea vessel",
            "uncrewed sea vessel",
            "unmanned marine vessel",
            "uncrewed marine vessel",
            "maritime unmanned vessel",
            "unmanned surface craft",
            "uncrewed surface craft",
            "unmanned speedboat",
            "uncrewed speedboat",
            "remote controlled boat",
            "remotely piloted boat",
            "autonomous boat",
            "explosive laden boat",
        ),
        "naval drone",
    ),
    "glide bomb": "glide bomb",
    "guided bomb": "glide bomb",
    "guided aerial bomb": "glide bomb",
    "aerial bomb": "glide bomb",
    # in this war's reports a bomb dropped from the air is a glide bomb's kind ("guided aviation
    # bombs", "air bombs"); a car bomb or a bomb shelter is no weapon fired (see find_weapons)
    "aviation bomb": "glide bomb",
    "air bomb": "glide bomb",
    "air dropped bomb": "glide bomb",
    "bomb": "glide bomb",
    "aviabomb": "glide bomb",  # the Ukrainian and Russian word carried over ("авіабомба")
    "artillery": "artillery",
    "shelling": "artillery",
    "shell": "artillery",
    "artillery shell": "artillery",
    "howitzer": "artillery",
    "mortar": "artillery",
    "self propelled gun": "artillery",
    "tank fire": "artillery",  # (a tank alone is mostly what was hit, not what fired)
    "tank gun": "artillery",
    "cannon fire": "artillery",
    # a crew named as what struck: "our gunners hit a depot" (not air defence gunners:
    # geo.weapon_crews)
    "gunner": "artillery",
    "artilleryman": "artillery",
    "artillerymen": "artillery",
    "mortarman": "artillery",
    "mortarmen": "artillery",
    "gun crew": "artillery",
    "multiple rocket launcher": "rocket artillery",
    "multiple launch rocket system": "rocket artillery",
    "mlrs": "rocket artillery",
    "rocket launcher": "rocket artillery",
    "rocket artillery": "rocket artillery",  # one weapon, not "rocket" then "artillery"
    "air defence missile": "air defence missile",
    "air defense missile": "air defence missile",
    "anti-aircraft missile": "air defence missile",
    "airstrike": "aircraft",
    "air strike": "aircraft",
    "fighter jet": "aircraft",
    "bomber": "aircraft",
    "warplane": "aircraft",
    "pilot": "aircraft",
    "military aviation": "aircraft",
    "tactical aviation": "aircraft",
    # a force named as what struck, its munition not said (the weapon rule's inferred rows):
    # "long-range aviation struck targets", "its aircraft destroyed two boats" are aircraft (a
    # munition named beside them wins: geo.extract.weapon_words); the drone force is drones
    "long range aviation": "aircraft",  # (written with a space: the key a hyphen is read as)
    "strategic aviation": "aircraft",
    "army aviation": "aircraft",
    "naval aviation": "aircraft",
    "aircraft": "aircraft",
    "unmanned systems force": "drone",
}
