namespace CoopPortal.Application.Accounts.Register;

/// <summary>
/// Takes what follows a registration (<see cref="RegistrationFollowUp"/>: telling the office, or the identity check and
/// the SMS to a taken code's holder) off the request, so a registration of a taken national code answers as fast as a
/// new one and its timing does not tell that the code exists. Implemented in Infrastructure by a background queue.
/// </summary>
public interface IRegistrationFollowUps
{
    void Enqueue(NewCitizen citizen, bool created);
}
