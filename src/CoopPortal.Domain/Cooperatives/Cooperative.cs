using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A registered cooperative (تعاونی ثبت‌شده): the registry entry the supervision works on. Its officers carry their
/// terms; its managers (CEO and board members, by national code) may file its annual self-declaration. Its status
/// moves only through <see cref="CooperativeLifecycle.Machine"/>, each step a line of its append-only status history.
/// </summary>
public sealed class Cooperative : AggregateRoot
{
    private readonly List<CooperativeOfficer> _officers = [];
    private readonly List<CooperativeManager> _managers = [];
    private readonly List<PastOfficer> _pastOfficers = [];
    private readonly List<CooperativeStatusEvent> _statusEvents = [];

    private Cooperative()
    {
    }

    public Cooperative(string name, int provinceId, int? countyId, string? registrationNumber, DateTime registeredAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = Guid.NewGuid();
        Name = PersianText.Normalize(name);
        NameKey = CooperativeName.Key(name);
        ProvinceId = provinceId;
        CountyId = countyId;
        RegistrationNumber = PersianDigits.ToAscii(registrationNumber).Trim() is { Length: > 0 } number ? number : null;
        RegisteredAtUtc = registeredAtUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name's comparison key (see <see cref="CooperativeName.Key"/>), indexed for the name check.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int? CountyId { get; private set; }

    /// <summary>The registration number (شماره ثبت).</summary>
    public string? RegistrationNumber { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>The 11-digit company national ID (شناسه ملی), when known.</summary>
    public string? CompanyNationalId { get; private set; }

    public int? ActivityTypeId { get; private set; }

    public int? OrientationId { get; private set; }

    public int? MembersCount { get; private set; }

    public int? MembershipTypeId { get; private set; }

    /// <summary>Women among the members, as last declared (null until a declaration states it).</summary>
    public int? MembersWomen { get; private set; }

    /// <summary>Men among the members, as last declared.</summary>
    public int? MembersMen { get; private set; }

    /// <summary>The fiscal year of the declaration the member figures come from (null: from registration or import).</summary>
    public int? MembersDeclaredForYear { get; private set; }

    /// <summary>Registered capital, in rials.</summary>
    public long? Capital { get; private set; }

    public CooperativeSource Source { get; private set; }

    /// <summary>The formation application it was formed from (portal cooperatives).</summary>
    public Guid? FormationApplicationId { get; private set; }

    public IReadOnlyList<CooperativeOfficer> Officers => _officers;

    public IReadOnlyList<CooperativeManager> Managers => _managers;

    /// <summary>Officers replaced by a general assembly, oldest first (who held which post from when to when).</summary>
    public IReadOnlyList<PastOfficer> PastOfficers => _pastOfficers.OrderBy(o => o.EndedOn).ThenBy(o => o.Role).ToList();

    /// <summary>The registered address, once a general assembly recorded one (formation keeps its own).</summary>
    public string? Address { get; private set; }

    /// <summary>The general assembly whose confirmed minutes last changed the registry.</summary>
    public Guid? LastChangedByAssemblyId { get; private set; }

    /// <summary>Where the cooperative stands in its life (<see cref="CooperativeLifecycle.Machine"/>); active by default.</summary>
    public CooperativeStatus Status { get; private set; } = CooperativeStatus.Active;

    /// <summary>Every step of its life, oldest first (append-only).</summary>
    public IReadOnlyList<CooperativeStatusEvent> StatusEvents => _statusEvents.OrderBy(e => e.Sequence).ToList();

    /// <summary>
    /// The people bound to the cooperative's current episode for separation of duties: its managers, and the steps
    /// taken since it was last active (an old dormancy case's opener may decide a new one's dissolution).
    /// </summary>
    public CaseParties LifecycleParties
    {
        get
        {
            var events = StatusEvents;
            var lastActive = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.ToStatus == CooperativeStatus.Active);
            var episode = lastActive.e is null ? events : events.Skip(lastActive.i + 1);
            return new CaseParties(null, _managers.Select(m => m.NationalCode).ToHashSet(), episode.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());
        }
    }

    /// <summary>
    /// Takes a step of the cooperative's life (<see cref="CooperativeLifecycle.Machine"/>), recorded in its status
    /// history with who took it, why and on which legal ground; refused with a Persian reason when the table has no such
    /// step from its status, or when the step needs a reason or a legal ground that is missing. Who may take it is the
    /// use case's check (the table's actor and separation of duties). The caller loads the history with the cooperative.
    /// </summary>
    public void ChangeStatus(CooperativeStatusAction action, string actorUserId, string? reason, string? legalGround, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorUserId);
        var from = Status;
        var to = CooperativeLifecycle.Machine.Move(from, action);
        var why = string.IsNullOrWhiteSpace(reason) ? null : FieldLengths.Fit(PersianText.Normalize(reason), FieldLengths.StatusReason);
        var ground = string.IsNullOrWhiteSpace(legalGround) ? null : FieldLengths.Fit(PersianText.Normalize(legalGround), FieldLengths.LegalGround);
        if (CooperativeLifecycle.NeedsReason(action) && why is null)
        {
            throw new DomainException("دلیل این تصمیم را بنویسید.");
        }

        if (CooperativeLifecycle.NeedsLegalGround(action) && ground is null)
        {
            throw new DomainException("مبنای قانونی این تصمیم را بنویسید.");
        }

        Status = to;
        _statusEvents.Add(new CooperativeStatusEvent(_statusEvents.Count + 1, nowUtc, actorUserId, action, from, to, why, ground));
        Raise(new CooperativeStatusChanged(this, action, from, to, actorUserId, nowUtc));
    }

    /// <summary>
    /// Registers the cooperative of a confirmed founding assembly: name (the approved, first-ranked name), place and
    /// activity from the application, capital paid and officers (with their terms) from the assembly; the CEO and
    /// the principal board members become its managers.
    /// </summary>
    public static Cooperative Register(FormationApplication application, FoundingAssembly assembly, string registrationNumber, RegistryRules rules, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(rules);
        var heldOn = assembly.HeldOn ?? throw new DomainException("تاریخ برگزاری مجمع وارد نشده است.");
        var cooperative = new Cooperative(application.ProposedNames[0].Name, application.ProvinceId!.Value, application.Details.CountyId, registrationNumber, nowUtc)
        {
            Source = CooperativeSource.Portal,
            FormationApplicationId = application.Id,
            ActivityTypeId = application.Details.ActivityTypeId,
            OrientationId = application.Details.OrientationId,
            MembershipTypeId = application.Details.MembershipTypeId,
            MembersCount = application.Members.Count,
            Capital = application.Capital.Total,
            CompanyNationalId = assembly.CompanyNationalId,
        };
        cooperative.ReplaceOfficers(assembly.Officers.Select(o => o with { TermStartsOn = heldOn, TermEndsOn = rules.TermEndFor(o.Role, heldOn) }));
        foreach (var officer in assembly.Officers.Where(o => o.Role is OfficerRole.Ceo or OfficerRole.BoardMember))
        {
            cooperative.AddManager(officer.NationalCode, officer.FullName, officer.Role);
        }

        return cooperative;
    }

    /// <summary>An existing cooperative from an administrator's import; its manager is linked by national code.</summary>
    public static Cooperative Import(ImportedCooperative row, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cooperative = new Cooperative(row.Name, row.ProvinceId, row.CountyId, row.RegistrationNumber, row.RegisteredOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            Source = CooperativeSource.Imported,
            ActivityTypeId = row.ActivityTypeId,
            MembersCount = row.MembersCount,
            Capital = row.Capital,
            CompanyNationalId = row.CompanyNationalId,
        };
        cooperative.AddManager(row.ManagerNationalCode, row.ManagerFullName, OfficerRole.Ceo);
        cooperative._officers.Add(new CooperativeOfficer(OfficerEntry.From(OfficerRole.Ceo, row.ManagerFullName, row.ManagerNationalCode, null, row.BoardTermEndsOn)));
        return cooperative;
    }

    /// <summary>
    /// Takes the member figures of a submitted self-declaration, unless a declaration of a later fiscal year already
    /// gave them: the registry then shows the newest declared membership (total, women, men).
    /// </summary>
    public void RecordDeclaredMembers(int fiscalYear, int? total, int? women, int? men)
    {
        if (MembersDeclaredForYear > fiscalYear || total is null)
        {
            return;
        }

        MembersCount = total;
        MembersWomen = women;
        MembersMen = men;
        MembersDeclaredForYear = fiscalYear;
    }

    /// <summary>
    /// Applies what a confirmed general assembly changed, effective on its meeting day: an elected board replaces the
    /// board (principal and alternate), elected inspectors the inspectors, the replaced officers kept as history; new
    /// principal board members become managers and those who left the board stop being managers (the CEO stays: the
    /// board appoints the CEO, not the assembly); the capital, address and name when adopted.
    /// </summary>
    public void ApplyChange(RegistryChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Board is { } board)
        {
            ReplacePosts(role => role is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember, board, change);
            _managers.RemoveAll(m => m.Role == OfficerRole.BoardMember && board.All(o => o.NationalCode != m.NationalCode || o.Role != OfficerRole.BoardMember));
            foreach (var member in board.Where(o => o.Role == OfficerRole.BoardMember))
            {
                AddManager(member.NationalCode, member.FullName, OfficerRole.BoardMember);
            }
        }

        if (change.Inspectors is { } inspectors)
        {
            ReplacePosts(role => role is OfficerRole.Inspector or OfficerRole.AlternateInspector, inspectors, change);
        }

        if (change.Capital is { } capital)
        {
            Capital = capital;
        }

        if (change.Address is { Length: > 0 } address)
        {
            Address = PersianText.Normalize(address);
        }

        if (change.Name is { Length: > 0 } name)
        {
            Name = PersianText.Normalize(name);
            NameKey = CooperativeName.Key(name);
        }

        LastChangedByAssemblyId = change.AssemblyId;
    }

    private void ReplacePosts(Func<OfficerRole, bool> posts, IReadOnlyList<OfficerEntry> successors, RegistryChange change)
    {
        foreach (var officer in _officers.Where(o => posts(o.Role)).ToList())
        {
            _pastOfficers.Add(new PastOfficer(officer, change.EffectiveOn, change.AssemblyId));
            _officers.Remove(officer);
        }

        _officers.AddRange(successors.Select(o => new CooperativeOfficer(o)));
    }

    /// <summary>Replaces the officers (e.g. after a declaration states new ones).</summary>
    public void ReplaceOfficers(IEnumerable<OfficerEntry> officers)
    {
        ArgumentNullException.ThrowIfNull(officers);
        _officers.Clear();
        _officers.AddRange(officers.Select(o => new CooperativeOfficer(o)));
    }

    private void AddManager(string nationalCode, string fullName, OfficerRole role)
    {
        if (_managers.All(m => m.NationalCode != nationalCode))
        {
            _managers.Add(new CooperativeManager(nationalCode, PersianText.Normalize(fullName), role));
        }
    }
}
