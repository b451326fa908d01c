namespace CoopPortal.Application.Accounts;

/// <summary>
/// Words an attacker tries first against this portal (issue 15): its name, «تعاون» in Persian and in Latin letters, and
/// the provinces in their usual Latin spellings. A password whose base word is made of these alone is refused.
/// </summary>
public static class PasswordContextWords
{
    /// <summary>Lower case, letters only, longest first so «coopportal» goes before «coop» and «kermanshah» before «kerman».</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        // The portal and the sector.
        "coopportal", "cooperatives", "cooperative", "coop", "portal", "taavoni", "taavon", "taawon", "tavon", "taavn",
        "تعاونی", "تعاون", "سامانه", "iran",

        // Provinces (31), with the spellings people type.
        "azarbaijan", "azerbaijan", "azarbayjan", "sharqi", "gharbi", "ardabil", "ardebil", "isfahan", "esfahan",
        "alborz", "karaj", "ilam", "bushehr", "booshehr", "tehran", "chaharmahal", "bakhtiari", "khorasan", "razavi",
        "jonubi", "shomali", "mashhad", "khuzestan", "khozestan", "ahvaz", "zanjan", "semnan", "sistan", "baluchestan",
        "balochestan", "fars", "shiraz", "qazvin", "ghazvin", "qom", "ghom", "kurdistan", "kordestan", "kermanshah",
        "kerman", "kohgiluyeh", "kohkiluyeh", "boyerahmad", "golestan", "gilan", "guilan", "rasht", "lorestan",
        "mazandaran", "markazi", "arak", "hormozgan", "hamadan", "hamedan", "yazd", "tabriz", "urmia",
    }.OrderByDescending(w => w.Length).ToArray();
}
