using System.Net;
using CoopPortal.Application.Administration.ReferenceData;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Administration;

/// <summary>
/// Issue 18 point 8: the province offices' contact details are reference data an admin keeps (audited, guarded by the
/// row version) and anyone reads on the public contact page, which says when a province has none recorded. Each test
/// uses provinces of its own: the database is shared.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ProvinceOfficeTests(PortalDatabaseFixture fixture)
{
    private const int Hamedan = 30;
    private const int Yazd = 31;
    private const int Markazi = 28;
    private const int Hormozgan = 29;
    private const string NotRecorded = "اطلاعات تماس این اداره هنوز ثبت نشده است";

    private async Task<string> ContactPageAsync(int province)
    {
        using var response = await fixture.NewClient().Http.GetAsync(new Uri($"/contact?province={province}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_records_an_office_normalized_and_audited_and_the_public_contact_page_shows_it_until_it_is_cleared()
    {
        var admin = fixture.As(await fixture.NewUserAsync(Roles.Admin));
        var before = (await admin.ProvinceOffices.GetAsync(default)).Value!.Single(r => r.ProvinceId == Hamedan);
        Assert.False(before.HasDetails);
        Assert.Contains(NotRecorded, await ContactPageAsync(Hamedan), StringComparison.Ordinal);

        var saved = await admin.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(
            Hamedan, "همدان، بلوار مدني، اداره كل تعاون", "۰۸۱-۳۸۲۶۱۲۳۴، ۰۸۱-۳۸۲۶۱۲۳۵", "شنبه تا چهارشنبه، ۷:۳۰ تا ۱۴:۳۰", before.Version), default);

        Assert.True(saved.Succeeded, saved.Message);
        var contact = (await admin.ProvinceContacts.HandleAsync(default)).Single(p => p.ProvinceId == Hamedan);
        Assert.Equal("همدان، بلوار مدنی، اداره کل تعاون", contact.Address);
        Assert.Equal(["081-38261234", "081-38261235"], contact.Phones);
        Assert.Equal("شنبه تا چهارشنبه، ۷:۳۰ تا ۱۴:۳۰", contact.WorkingHours);
        Assert.Equal(31, (await admin.ProvinceContacts.HandleAsync(default)).Count);

        var page = await ContactPageAsync(Hamedan);
        Assert.Contains("اداره کل تعاون استان همدان", page, StringComparison.Ordinal);
        Assert.Contains("همدان، بلوار مدنی، اداره کل تعاون", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:08138261234\"", page, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\">۰۸۱-۳۸۲۶۱۲۳۵</bdi>", page, StringComparison.Ordinal); // a number like a person's (docs/glossary.md)
        Assert.Contains("شنبه تا چهارشنبه، ۷:۳۰ تا ۱۴:۳۰", page, StringComparison.Ordinal);
        Assert.DoesNotContain(NotRecorded, page, StringComparison.Ordinal);
        Assert.Contains(NotRecorded, await ContactPageAsync(Yazd), StringComparison.Ordinal);

        await using (var db = await NewContextAsync())
        {
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == admin.User.UserId).ToListAsync();
            Assert.Equal(3, audit.Count);
            Assert.All(audit, a => Assert.Equal((AuditArea.ReferenceData, "province-office:30", (string?)string.Empty), (a.Area, a.Subject, a.OldValue)));
            Assert.Contains(audit, a => a.NewValue == "081-38261234, 081-38261235");
        }

        var history = (await admin.ReferenceData.GetAsync(default)).Value!.History;
        Assert.Contains(history, h => h.Item == "اطلاعات تماس اداره کل تعاون استان همدان" && h.NewValue == "همدان، بلوار مدنی، اداره کل تعاون");

        var recorded = (await admin.ProvinceOffices.GetAsync(default)).Value!.Single(r => r.ProvinceId == Hamedan);
        Assert.True((await admin.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(Hamedan, " ", "", null, recorded.Version), default)).Succeeded);

        await using (var db = await NewContextAsync())
        {
            Assert.False(await db.ProvinceOffices.AnyAsync(o => o.ProvinceId == Hamedan));
        }

        Assert.Contains(NotRecorded, await ContactPageAsync(Hamedan), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Applicant)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public async Task Only_an_admin_may_list_or_change_the_offices_details(string role)
    {
        var person = fixture.As(await fixture.NewUserAsync(role, role == Roles.Applicant ? null : Markazi));

        var list = await person.ProvinceOffices.GetAsync(default);
        var save = await person.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(Markazi, "اراک", "086-1234567", null), default);

        Assert.Equal((ErrorKind.Forbidden, ReferenceDataHandler.NotAdmin), (list.Kind, list.Message));
        Assert.Equal((ErrorKind.Forbidden, ReferenceDataHandler.NotAdmin), (save.Kind, save.Message));
        await using var db = await NewContextAsync();
        Assert.False(await db.ProvinceOffices.AnyAsync(o => o.ProvinceId == Markazi));
    }

    [Fact]
    public async Task A_wrong_phone_or_a_change_made_meanwhile_is_refused_and_stores_nothing()
    {
        var admin = fixture.As(await fixture.NewUserAsync(Roles.Admin));
        var other = fixture.As(await fixture.NewUserAsync(Roles.Admin));

        var wrong = await admin.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(Hormozgan, "بندرعباس", "تلفن ندارد", null), default);
        Assert.Equal(ErrorKind.Validation, wrong.Kind);
        Assert.Equal([ProvinceOffice.PhoneInvalid], wrong.Errors[ProvinceOffice.PhoneField]);

        Assert.True((await other.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(Hormozgan, "بندرعباس، بلوار امام", null, null), default)).Succeeded);
        var stale = await admin.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(Hormozgan, "بندرعباس، خیابان دیگر", null, null, Version: null), default);
        Assert.Equal((ErrorKind.Conflict, ReferenceDataHandler.ChangedMeanwhile), (stale.Kind, stale.Message));

        var unknown = await admin.ProvinceOffices.SaveAsync(new ProvinceOfficeInput(99, "جایی", null, null), default);
        Assert.Equal(ErrorKind.NotFound, unknown.Kind);

        var contact = (await admin.ProvinceContacts.HandleAsync(default)).Single(p => p.ProvinceId == Hormozgan);
        Assert.Equal(("بندرعباس، بلوار امام", 0, string.Empty), (contact.Address, contact.Phones.Count, contact.WorkingHours));
    }

    [Fact]
    public async Task The_contact_page_asks_for_a_province_when_none_or_an_unknown_one_is_given()
    {
        var none = WebUtility.HtmlDecode(await fixture.NewClient().Http.GetStringAsync(new Uri("/contact", UriKind.Relative)));
        var unknown = await ContactPageAsync(99);
        var garbled = WebUtility.HtmlDecode(await fixture.NewClient().Http.GetStringAsync(new Uri("/contact?province=x1", UriKind.Relative)));

        Assert.Contains("<option value=\"14\">زنجان</option>", none, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"office\"", none, StringComparison.Ordinal);
        Assert.Contains("استانی با این نشانی پیدا نشد", unknown, StringComparison.Ordinal);
        Assert.Contains("استانی با این نشانی پیدا نشد", garbled, StringComparison.Ordinal);
    }

    private Task<AppDbContext> NewContextAsync() =>
        fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
}
