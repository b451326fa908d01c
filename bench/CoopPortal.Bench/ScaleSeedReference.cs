using Npgsql;

namespace CoopPortal.Bench;

/// <summary>A county as the seed uses it: its id, province and name.</summary>
internal sealed record SeedCounty(int Id, int ProvinceId, string Name);

/// <summary>An orientation (گرایش) with its code and title.</summary>
internal sealed record SeedOrientation(int Id, string Code, string Title);

/// <summary>
/// The reference data the seed draws from, read from the database (so it follows whatever the migrations seeded), with
/// uneven weights: provinces by population (2016 census, thousands; Tehran the largest), counties with the provincial
/// capital bigger, orientations by how common they are.
/// </summary>
internal sealed class ScaleSeedReference
{
    private static readonly Dictionary<int, double> Population = new()
    {
        [1] = 3910, [2] = 3265, [3] = 1271, [4] = 5120, [5] = 2712, [6] = 580, [7] = 1163, [8] = 13267, [9] = 947, [10] = 768,
        [11] = 6434, [12] = 863, [13] = 4710, [14] = 1057, [15] = 702, [16] = 2775, [17] = 4851, [18] = 1273, [19] = 1292,
        [20] = 1603, [21] = 3164, [22] = 1952, [23] = 713, [24] = 1868, [25] = 2530, [26] = 1760, [27] = 3283, [28] = 1429,
        [29] = 1776, [30] = 1738, [31] = 1138,
    };

    private static readonly Dictionary<string, double> OrientationShare = new()
    {
        ["agriculture"] = 18, ["industrial"] = 9, ["mining"] = 2, ["construction"] = 5, ["producers-supply"] = 7, ["consumers-supply"] = 10,
        ["service-guild-supply"] = 8, ["credit"] = 4, ["housing"] = 14, ["transport"] = 5, ["hand-woven-carpet"] = 3, ["handicrafts"] = 3,
        ["village-administrations"] = 2, ["women"] = 4, ["border-residents"] = 1.5, ["knowledge-based"] = 1.5, ["national-inclusive"] = 0.3,
        ["county-development"] = 1, ["justice-shares"] = 0.2,
    };

    private ScaleSeedReference()
    {
    }

    public Weighted<int> Provinces { get; private set; } = null!;

    public Dictionary<int, Weighted<SeedCounty>> CountiesOf { get; } = [];

    public Weighted<SeedOrientation> Orientations { get; private set; } = null!;

    public Weighted<int> ActivityTypes { get; private set; } = null!;

    public Weighted<int> MembershipTypes { get; private set; } = null!;

    public Dictionary<int, string> ProvinceNames { get; } = [];

    /// <summary>Reads the reference tables; the random source only shapes the county weights.</summary>
    public static async Task<ScaleSeedReference> LoadAsync(NpgsqlConnection connection, Random random)
    {
        var reference = new ScaleSeedReference();
        foreach (var (id, name) in await ReadAsync(connection, "SELECT \"Id\", \"Name\" FROM provinces ORDER BY \"Id\"", r => (r.GetInt32(0), r.GetString(1))))
        {
            reference.ProvinceNames[id] = name;
        }

        reference.Provinces = new Weighted<int>(reference.ProvinceNames.Keys.Select(id => (id, PopulationOf(id))));
        var counties = await ReadAsync(connection, "SELECT \"Id\", \"ProvinceId\", \"Name\" FROM counties ORDER BY \"Id\"", r => new SeedCounty(r.GetInt32(0), r.GetInt32(1), r.GetString(2)));
        foreach (var group in counties.GroupBy(c => c.ProvinceId))
        {
            var capital = reference.ProvinceNames.GetValueOrDefault(group.Key);
            reference.CountiesOf[group.Key] = new Weighted<SeedCounty>(group.Select(c => (c, random.LogNormal(1, 0.7) * (c.Name == capital ? 6 : 1))));
        }

        var orientations = await ReadAsync(connection, "SELECT \"Id\", \"Code\", \"Title\" FROM orientations WHERE \"IsActive\" ORDER BY \"Id\"", r => new SeedOrientation(r.GetInt32(0), r.GetString(1), r.GetString(2)));
        reference.Orientations = new Weighted<SeedOrientation>(orientations.Select(o => (o, OrientationShare.GetValueOrDefault(o.Code, 1))));
        var activities = await ReadAsync(connection, "SELECT \"Id\" FROM activity_types WHERE \"IsActive\" ORDER BY \"Id\"", r => r.GetInt32(0));
        reference.ActivityTypes = new Weighted<int>(activities.Select((id, i) => (id, i == 0 ? 5.0 : i == 1 ? 3.0 : 2.0)));
        var memberships = await ReadAsync(connection, "SELECT \"Id\" FROM membership_types WHERE \"IsActive\" ORDER BY \"Id\"", r => r.GetInt32(0));
        reference.MembershipTypes = new Weighted<int>(memberships.Select((id, i) => (id, i == 0 ? 6.0 : i == 1 ? 3.0 : 0.5)));
        return reference;
    }

    /// <summary>The province's population in thousands (1,000 when the census table does not know it).</summary>
    public static double PopulationOf(int provinceId) => Population.GetValueOrDefault(provinceId, 1000);

    /// <summary>A county of the province (uneven), or null when the province has none.</summary>
    public SeedCounty? CountyIn(int provinceId, Random random) => CountiesOf.TryGetValue(provinceId, out var counties) ? counties.Next(random) : null;

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
