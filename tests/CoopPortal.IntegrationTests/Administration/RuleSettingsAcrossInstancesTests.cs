using CoopPortal.Application.Administration.Rules;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Administration;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Administration;

/// <summary>
/// Two portal instances on one database (issue 16): a rule an administrator saves on one applies on the other within
/// moments (PostgreSQL LISTEN/NOTIFY), long before the other's minute refresh.
/// </summary>
public sealed class RuleSettingsAcrossInstancesTests
{
    [Fact]
    public async Task A_rule_saved_on_one_instance_applies_on_the_other_within_seconds()
    {
        var connectionString = TestPostgres.CreateDatabase("rules");
        using var saving = new PortalFactory(connectionString);
        _ = saving.Services;
        using var other = new PortalFactory(connectionString);
        var otherReview = other.Services.GetRequiredService<IOptionsMonitor<ReviewOptions>>();
        Assert.Equal(7, otherReview.CurrentValue.SlaDays);

        // What the rules page does on save: store the value, then reload (which announces it to the other instances).
        await using (var db = await saving.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var adminCode = DemoAccounts.All.Single(a => a.Role == Domain.Users.Roles.Admin).NationalCode;
            var admin = await db.Users.SingleAsync(u => u.UserName == adminCode);
            db.RuleSettings.Add(new RuleSetting(RuleCatalog.SlaDays, "11", admin.Id, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        await saving.Services.GetRequiredService<IRuleSettingsRuntime>().ReloadAsync(default);

        Assert.Equal(11, saving.Services.GetRequiredService<IOptionsMonitor<ReviewOptions>>().CurrentValue.SlaDays);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (otherReview.CurrentValue.SlaDays != 11 && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        Assert.Equal(11, otherReview.CurrentValue.SlaDays);
    }
}
