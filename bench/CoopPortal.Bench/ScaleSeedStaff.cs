using System.Globalization;
using CoopPortal.Domain.Users;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Bench;

/// <summary>
/// The accounts behind the seeded data: applicants (national code as user name, role Applicant, like a registration)
/// and each province's office staff (reviewers and heads of office, more of them where the province is bigger).
/// </summary>
internal sealed class ScaleSeedStaff
{
    private static readonly string[] FirstNames = ["علی", "محمد", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم", "سارا", "نرگس", "حمید", "لیلا", "امیر", "سمیه", "جواد", "الهام"];

    private static readonly string[] LastNames = ["احمدی", "رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "قاسمی", "رحیمی", "صادقی", "نوری", "کاظمی", "یزدانی", "طاهری"];

    private readonly Dictionary<int, string[]> _reviewers = [];
    private readonly Dictionary<int, string[]> _heads = [];
    private readonly List<(string Id, int ProvinceId, string Role)> _staff = [];

    public ScaleSeedStaff(ScaleSeedReference reference)
    {
        var number = 0;
        foreach (var province in reference.Provinces.Items)
        {
            var population = ScaleSeedReference.PopulationOf(province);
            var reviewers = Math.Clamp((int)Math.Round(population / 450), 2, 30);
            var heads = population > 3000 ? 2 : 1;
            _reviewers[province] = Enumerable.Range(0, reviewers).Select(_ => Add(ref number, province, Roles.Reviewer)).ToArray();
            _heads[province] = Enumerable.Range(0, heads).Select(_ => Add(ref number, province, Roles.HeadOfOffice)).ToArray();
        }
    }

    public int StaffCount => _staff.Count;

    public static string ApplicantId(int index) => ScaleSeedValues.OrderedId(ScaleSeed.ApplicantTag, index).ToString();

    public static string ApplicantNationalCode(int index) => ScaleSeedValues.NationalCode(100_000_000 + (index * 7L));

    public string Reviewer(int province, Random random) => Pick(_reviewers[province], random);

    public string Head(int province, Random random) => Pick(_heads[province], random);

    /// <summary>Writes the applicants (each created shortly before their first application) and the staff, with their roles.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, DateTime[] applicantSince, Random random)
    {
        const string Columns = "(\"Id\", \"UserName\", \"NormalizedUserName\", \"EmailConfirmed\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumber\", " +
            "\"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\", \"FullName\", \"NationalCode\", \"ProvinceId\", \"CreatedAtUtc\")";
        var staffSince = applicantSince.Length == 0 ? DateTime.UtcNow : applicantSince.Min();
        await using (var users = await connection.BeginBinaryImportAsync($"COPY \"AspNetUsers\" {Columns} FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < applicantSince.Length; i++)
            {
                WriteUser(users, ApplicantId(i), ApplicantNationalCode(i), null, applicantSince[i], random);
            }

            var n = 0;
            foreach (var (id, province, _) in _staff)
            {
                WriteUser(users, id, ScaleSeedValues.NationalCode(900_000_000 + (n++ * 11L)), province, staffSince, random);
            }

            await users.CompleteAsync();
        }

        await using var roles = await connection.BeginBinaryImportAsync("COPY \"AspNetUserRoles\" (\"UserId\", \"RoleId\") FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < applicantSince.Length; i++)
        {
            roles.WriteRow(ApplicantId(i), RoleId(Roles.Applicant));
        }

        foreach (var (id, _, role) in _staff)
        {
            roles.WriteRow(id, RoleId(role));
        }

        await roles.CompleteAsync();
    }

    private static void WriteUser(NpgsqlBinaryImporter writer, string id, string nationalCode, int? province, DateTime createdAtUtc, Random random)
    {
        writer.StartRow();
        writer.Write(id, NpgsqlDbType.Text);
        writer.Write(nationalCode, NpgsqlDbType.Varchar);
        writer.Write(nationalCode, NpgsqlDbType.Varchar);
        writer.Write(false, NpgsqlDbType.Boolean);
        writer.Write(Guid.NewGuid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
        writer.Write(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
        writer.Write("09" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
        writer.Write(false, NpgsqlDbType.Boolean);
        writer.Write(false, NpgsqlDbType.Boolean);
        writer.Write(true, NpgsqlDbType.Boolean);
        writer.Write(0, NpgsqlDbType.Integer);
        writer.Write($"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}", NpgsqlDbType.Varchar);
        writer.Write(nationalCode, NpgsqlDbType.Char);
        ScaleSeed.WriteNullable(writer, province, NpgsqlDbType.Integer);
        writer.Write(createdAtUtc, NpgsqlDbType.TimestampTz);
    }

    private static string RoleId(string role) => "role-" + role.ToUpperInvariant();

    private string Add(ref int number, int province, string role)
    {
        var id = ScaleSeedValues.OrderedId(ScaleSeed.StaffTag, number++).ToString();
        _staff.Add((id, province, role));
        return id;
    }

    private static string Pick(string[] ids, Random random) => ids[random.Next(ids.Length)];
}
