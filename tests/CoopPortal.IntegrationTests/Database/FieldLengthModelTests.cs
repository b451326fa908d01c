using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The EF side of «one length rule per field»: every string column of the model has a maximum length or is listed here
/// as unbounded with its reason, and the columns of what people type have exactly the length the domain keeps
/// (<see cref="FieldLengths"/>), so the database never sees a value the domain let through too long.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class FieldLengthModelTests(PortalDatabaseFixture fixture)
{
    /// <summary>Unbounded string columns, by "Entity.Property", with why that is safe.</summary>
    private static readonly Dictionary<string, string> Unbounded = new(StringComparer.Ordinal)
    {
        ["DataProtectionKey.FriendlyName"] = "written by ASP.NET Core Data Protection, never typed",
        ["DataProtectionKey.Xml"] = "a key ring entry written by ASP.NET Core Data Protection",
    };

    /// <summary>The columns of typed text and the domain length each must have.</summary>
    public static TheoryData<Type, string, int> TypedColumns => new()
    {
        { typeof(Member), nameof(Member.FullName), FieldLengths.PersonName },
        { typeof(Member), nameof(Member.FatherName), FieldLengths.PersonName },
        { typeof(Member), nameof(Member.NationalCode), FieldLengths.TypedCode },
        { typeof(Member), nameof(Member.BirthDateJalali), FieldLengths.TypedCode },
        { typeof(Member), nameof(Member.Mobile), FieldLengths.TypedCode },
        { typeof(Member), nameof(Member.InKindDescription), FieldLengths.InKindDescription },
        { typeof(CooperativeDetails), nameof(CooperativeDetails.ActivityDescription), FieldLengths.ActivityDescription },
        { typeof(CooperativeDetails), nameof(CooperativeDetails.Address), FieldLengths.Address },
        { typeof(CooperativeDetails), nameof(CooperativeDetails.PostalCode), FieldLengths.TypedCode },
        { typeof(CooperativeDetails), nameof(CooperativeDetails.Phone), FieldLengths.TypedCode },
        { typeof(ProposedName), nameof(ProposedName.Name), FieldLengths.CooperativeName },
        { typeof(ProposedName), nameof(ProposedName.NameKey), FieldLengths.CooperativeName },
        { typeof(Cooperative), nameof(Cooperative.Name), FieldLengths.CooperativeName },
        { typeof(CorrectionRequest), nameof(CorrectionRequest.Comment), FieldLengths.CorrectionComment },
        { typeof(FoundingAssembly), nameof(FoundingAssembly.ReturnComment), FieldLengths.ReturnComment },
        { typeof(SelfDeclaration), nameof(SelfDeclaration.ReturnComment), FieldLengths.ReturnComment },
        { typeof(SelfDeclaration), nameof(SelfDeclaration.InspectionFindings), FieldLengths.InspectionFindings },
        { typeof(FormationCertificate), nameof(FormationCertificate.RevocationReason), FieldLengths.RevocationReason },
        { typeof(ApplicationDocument), nameof(ApplicationDocument.FileName), FieldLengths.FileName },
        { typeof(Domain.ReferenceData.ProvinceOffice), nameof(Domain.ReferenceData.ProvinceOffice.Address), FieldLengths.Address },
        { typeof(Domain.ReferenceData.ProvinceOffice), nameof(Domain.ReferenceData.ProvinceOffice.Phone), Domain.ReferenceData.ProvinceOffice.PhoneMaxLength },
        { typeof(Domain.ReferenceData.ProvinceOffice), nameof(Domain.ReferenceData.ProvinceOffice.WorkingHours), Domain.ReferenceData.ProvinceOffice.WorkingHoursMaxLength },
    };

    private IModel Model()
    {
        using var db = fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        return db.GetService<IDesignTimeModel>().Model;
    }

    private static IEnumerable<IProperty> StringProperties(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            {
                if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string))
                {
                    yield return property;
                }
            }
        }
    }

    private static string NameOf(IProperty property) => $"{property.DeclaringType.ClrType.Name}.{property.Name}";

    [Fact]
    public void Every_string_column_has_a_maximum_length_or_a_reason_to_have_none()
    {
        var model = Model();
        var missing = StringProperties(model)
            .Where(p => p.GetMaxLength() is null && p.GetColumnType() is not ("jsonb" or "json") && !Unbounded.ContainsKey(NameOf(p)))
            // ASP.NET Core Identity's own columns (hashes, stamps, claims, tokens) are written by the framework; the ones
            // people type (user name, email) have its 256.
            .Where(p => (p.PropertyInfo?.DeclaringType ?? p.DeclaringType.ClrType).Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true)
            .Select(p => $"{NameOf(p)} ({p.GetColumnType()})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "String columns without a maximum length: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(TypedColumns))]
    public void The_column_of_typed_text_has_the_domain_length(Type type, string property, int length)
    {
        var model = Model();
        var columns = StringProperties(model).Where(p => p.DeclaringType.ClrType == type && p.Name == property).ToList();

        Assert.NotEmpty(columns);
        Assert.All(columns, c => Assert.Equal(length, c.GetMaxLength()));
    }
}
