using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Bench;

/// <summary>An approved application a cooperative may be registered from.</summary>
internal readonly record struct ApprovedApplication(Guid Id, int ProvinceId, SeedCounty? County, SeedOrientation? Orientation, int? ActivityTypeId, DateTime ApprovedAtUtc, int ApplicantIndex);

/// <summary>What the declarations and the general assemblies need of a seeded cooperative.</summary>
internal readonly record struct RegisteredCooperative(Guid Id, int ProvinceId, int? CountyId, string Name, DateTime RegisteredAtUtc, int ManagerIndex, bool FromPortal);

/// <summary>
/// The registry at scale: cooperatives registered on the portal from approved applications (the founding assembly a
/// few weeks to months after the approval) and imported ones registered over the ten years, then their annual
/// self-declarations since the system started (five years ago) with their histories.
/// </summary>
internal sealed class ScaleSeedRegistry(ScaleSeedReference reference, DateTime nowUtc)
{
    private const string CooperativeColumns = "(\"Id\", \"Name\", \"NameKey\", \"ProvinceId\", \"CountyId\", \"RegistrationNumber\", \"RegisteredAtUtc\", " +
        "\"CompanyNationalId\", \"ActivityTypeId\", \"OrientationId\", \"MembersCount\", \"Capital\", \"Source\", \"FormationApplicationId\")";

    private readonly Dictionary<(int Province, int Year), int> _portalNumbers = [];
    private readonly Dictionary<int, int> _importedNumbers = [];

    /// <summary>Writes <paramref name="total"/> cooperatives: about 60 % from approved applications (when there are enough), the rest imported.</summary>
    public async Task<List<RegisteredCooperative>> WriteCooperativesAsync(NpgsqlConnection connection, IReadOnlyList<ApprovedApplication> approved, int total, DateTime fromUtc, int applicants, Random random)
    {
        var eligible = approved.Where(a => a.ApprovedAtUtc.AddDays(30) < nowUtc).ToList();
        var portal = Math.Min(eligible.Count, (int)(total * 0.6));
        var chance = eligible.Count == 0 ? 0 : (double)portal / eligible.Count;
        var rows = new List<RegisteredCooperative>(total);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY cooperatives {CooperativeColumns} FROM STDIN (FORMAT BINARY)");
        foreach (var application in eligible)
        {
            if (rows.Count >= portal || !random.Chance(chance))
            {
                continue;
            }

            var registered = Min(application.ApprovedAtUtc + TimeSpan.FromDays(20) + random.Days(40), nowUtc.AddDays(-1));
            var year = ScaleSeedValues.JalaliYearOf(registered);
            var number = Next(_portalNumbers, (application.ProvinceId, year));
            var registration = $"{year}-{application.ProvinceId:00}-{number:00000}";
            rows.Add(Write(writer, rows.Count, application.ProvinceId, application.County, application.Orientation, application.ActivityTypeId, registration, registered,
                CooperativeSourceName.Portal, application.Id, application.ApplicantIndex, minimumMembers: 7, random));
        }

        var span = (nowUtc - fromUtc).TotalDays;
        while (rows.Count < total)
        {
            var province = reference.Provinces.Next(random);
            var county = random.Chance(0.95) ? reference.CountyIn(province, random) : null; // some old records name no county
            var registered = fromUtc.AddDays(random.NextDouble() * span);
            var number = Next(_importedNumbers, province);
            rows.Add(Write(writer, rows.Count, province, county, reference.Orientations.Next(random), random.Chance(0.9) ? reference.ActivityTypes.Next(random) : null,
                (10_000 + number).ToString(CultureInfo.InvariantCulture), registered, CooperativeSourceName.Imported, null, random.Next(Math.Max(1, applicants)), minimumMembers: 3, random));
        }

        await writer.CompleteAsync();
        return rows;
    }

    private static RegisteredCooperative Write(
        NpgsqlBinaryImporter writer, int index, int province, SeedCounty? county, SeedOrientation? orientation, int? activityTypeId, string registration,
        DateTime registeredAtUtc, string source, Guid? applicationId, int managerIndex, int minimumMembers, Random random)
    {
        var id = ScaleSeedValues.OrderedId(ScaleSeed.CooperativeTag, index);
        var name = $"تعاونی {orientation?.Title ?? "چندمنظوره"} {county?.Name ?? "استان"} {PersianDigits.ToPersian((index % 997 + 1).ToString(CultureInfo.InvariantCulture))}";
        var members = Math.Max(minimumMembers, (int)Math.Min(2_000_000, orientation?.Code switch
        {
            "justice-shares" => random.LogNormal(60_000, 1.0),
            "national-inclusive" => random.LogNormal(15_000, 1.0),
            "credit" => random.LogNormal(300, 1.0),
            "consumers-supply" => random.LogNormal(150, 1.0),
            "housing" => random.LogNormal(60, 0.8),
            _ => random.LogNormal(12, 0.5),
        }));
        var capital = (long)Math.Min(1e15, members * random.LogNormal(40_000_000, 0.9));
        writer.StartRow();
        writer.Write(id, NpgsqlDbType.Uuid);
        writer.Write(name, NpgsqlDbType.Varchar);
        writer.Write(CooperativeName.Key(name), NpgsqlDbType.Varchar);
        writer.Write(province, NpgsqlDbType.Integer);
        ScaleSeed.WriteNullable(writer, county?.Id, NpgsqlDbType.Integer);
        writer.Write(registration, NpgsqlDbType.Varchar);
        writer.Write(registeredAtUtc, NpgsqlDbType.TimestampTz);
        ScaleSeed.WriteText(writer, random.Chance(source == CooperativeSourceName.Portal ? 0.8 : 0.6) ? ScaleSeedValues.CompanyNationalId(1_010_000_000L + (index * 3L)) : null);
        ScaleSeed.WriteNullable(writer, activityTypeId, NpgsqlDbType.Integer);
        ScaleSeed.WriteNullable(writer, orientation?.Id, NpgsqlDbType.Integer);
        writer.Write(members, NpgsqlDbType.Integer);
        writer.Write(capital, NpgsqlDbType.Bigint);
        writer.Write(source, NpgsqlDbType.Varchar);
        ScaleSeed.WriteNullable(writer, applicationId, NpgsqlDbType.Uuid);
        return new RegisteredCooperative(id, province, county?.Id, name, registeredAtUtc, managerIndex, applicationId is not null);
    }

    private static int Next<TKey>(Dictionary<TKey, int> counters, TKey key)
        where TKey : notnull
    {
        var next = counters.GetValueOrDefault(key) + 1;
        counters[key] = next;
        return next;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>The stored names of <c>CooperativeSource</c>.</summary>
    private static class CooperativeSourceName
    {
        public const string Portal = nameof(Domain.Cooperatives.CooperativeSource.Portal);
        public const string Imported = nameof(Domain.Cooperatives.CooperativeSource.Imported);
    }
}
