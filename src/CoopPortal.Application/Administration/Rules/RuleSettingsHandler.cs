using System.Globalization;
using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Administration.Rules;

/// <summary>
/// Reads and changes the configurable rules (admins only). A saved value overrides configuration, is stored in
/// rule_settings with one audit entry per changed rule (one SaveChanges), and the options the use cases read are
/// rebuilt at once, so the next application is checked against it.
/// </summary>
public sealed class RuleSettingsHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IRuleSettingsRuntime runtime, IStaffDirectory staff, TimeProvider clock)
{
    public const string NotAdmin = "تنها مدیر سامانه می‌تواند قواعد را ببیند یا تغییر دهد.";
    public const string ChangedMeanwhile = "این قواعد هم‌زمان به دست مدیر دیگری تغییر کرد؛ هیچ تغییری ذخیره نشد. صفحه را دوباره باز کنید و مقادیر تازه را ببینید.";
    public const string HighNotAboveMedium = "آستانه‌ی ریسک زیاد باید از آستانه‌ی ریسک متوسط بیشتر باشد.";
    public const string MaximumNoticeNotAboveMinimum = "بیشترین فاصله‌ی آگهی تا مجمع باید از کمترین فاصله بیشتر باشد.";
    public const int HistorySize = 50;

    public static string NotWholeNumber(RuleDefinition rule) => $"{rule.Title} باید عددی صحیح باشد.";

    public static string OutOfRange(RuleDefinition rule) =>
        $"{rule.Title} باید از {PersianFormat.Number(rule.Min)} تا {PersianFormat.Number(rule.Max)} {rule.Unit} باشد.";

    public async Task<Result<RuleSettingsView>> GetAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!IsAdmin(user))
        {
            return Result<RuleSettingsView>.FailedAs(Result.Forbidden(NotAdmin));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var stored = await db.RuleSettings.AsNoTracking().ToListAsync(cancellationToken);
        var history = await AuditHistory.RecentAsync(db, AuditArea.Rules, HistorySize, cancellationToken);

        var names = await AuditHistory.NamesAsync(staff, stored.Select(s => s.UpdatedByUserId).Concat(history.Select(h => h.ActorUserId)), cancellationToken);

        var rules = RuleCatalog.All.Select(rule =>
        {
            var setting = stored.FirstOrDefault(s => s.Key == rule.Key);
            var defaultValue = DefaultOf(rule);
            var value = setting is not null && TryParse(setting.Value, out var v) ? v : defaultValue;
            return new RuleView(rule, value, defaultValue, setting is not null, setting is null ? null : names[setting.UpdatedByUserId], setting?.UpdatedAtUtc);
        }).ToList();
        var audit = history.Select(h => new RuleAuditView(h.AtUtc, names[h.ActorUserId], h.Subject,
            RuleCatalog.Find(h.Subject)?.Title ?? h.Subject, h.OldValue, h.NewValue, h.Description)).ToList();
        return Result<RuleSettingsView>.Success(new RuleSettingsView(rules, audit));
    }

    public async Task<Result> SaveAsync(IReadOnlyList<RuleChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var user = await currentUser.GetAsync(cancellationToken);
        if (!IsAdmin(user))
        {
            return Result.Forbidden(NotAdmin);
        }

        var errors = new ValidationErrors();
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var rule = RuleCatalog.Find(change.Key);
            if (rule is null)
            {
                errors.Add(string.Empty, $"قاعده‌ی «{change.Key}» شناخته نیست.");
            }
            else if (!TryParse(change.Value, out var value))
            {
                errors.Add(rule.Key, NotWholeNumber(rule));
            }
            else if (value < rule.Min || value > rule.Max)
            {
                errors.Add(rule.Key, OutOfRange(rule));
            }
            else
            {
                wanted[rule.Key] = value;
            }
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var stored = await db.RuleSettings.ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        int Effective(RuleDefinition rule) => stored.TryGetValue(rule.Key, out var s) && TryParse(s.Value, out var v) ? v : DefaultOf(rule);

        // Rules that depend on each other are checked on the values they will have together.
        int After(string key) => wanted.TryGetValue(key, out var v) ? v : Effective(RuleCatalog.Find(key)!);
        if (!errors.Any && After(RuleCatalog.HighFrom) <= After(RuleCatalog.MediumFrom))
        {
            errors.Add(RuleCatalog.HighFrom, HighNotAboveMedium);
        }

        if (!errors.Any && After(RuleCatalog.MaximumNoticeDays) <= After(RuleCatalog.MinimumNoticeDays))
        {
            errors.Add(RuleCatalog.MaximumNoticeDays, MaximumNoticeNotAboveMinimum);
        }

        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        if (changes.Any(c => c.Seen is { } seen && seen != Effective(RuleCatalog.Find(c.Key)!)))
        {
            return Result.Conflict(ChangedMeanwhile);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var (key, value) in wanted)
        {
            var rule = RuleCatalog.Find(key)!;
            var old = Effective(rule);
            if (old == value)
            {
                continue;
            }

            var text = value.ToString(CultureInfo.InvariantCulture);
            if (stored.TryGetValue(key, out var setting))
            {
                setting.Change(text, user.UserId!, now);
            }
            else
            {
                db.RuleSettings.Add(new RuleSetting(key, text, user.UserId!, now));
            }

            db.AuditEntries.Add(new AuditEntry(now, user.UserId!, AuditArea.Rules, key,
                $"«{rule.Title}» از {PersianFormat.Number(old)} به {PersianFormat.Number(value)} {rule.Unit} تغییر کرد.",
                old.ToString(CultureInfo.InvariantCulture), text));
            changed++;
        }

        if (changed == 0)
        {
            return Result.Success();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save changed the same row (xmin) or added the same key first.
            return Result.Conflict(ChangedMeanwhile);
        }

        await runtime.ReloadAsync(cancellationToken);
        return Result.Success();
    }

    private int DefaultOf(RuleDefinition rule) =>
        TryParse(runtime.ConfiguredValue(rule.Key), out var configured) ? configured : rule.Fallback;

    private static bool IsAdmin(ICurrentUser user) => user.IsAuthenticated && user.IsInRole(Roles.Admin);

    /// <summary>A whole number typed with Persian, Arabic-Indic or ASCII digits (no sign, no separators).</summary>
    public static bool TryParse(string? text, out int value)
    {
        var ascii = PersianDigits.ToAscii(text).Trim();
        value = 0;
        return ascii.Length is > 0 and <= 9 && ascii.All(char.IsAsciiDigit)
            && int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
