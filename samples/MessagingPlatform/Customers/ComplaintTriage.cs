using OpenAI.Chat;

namespace MessagingPlatform.Customers;

/// <summary>Asks an AI model which team a customer's complaint belongs to.</summary>
public sealed class ComplaintTriage(ChatClient chat)
{
    public string Triage(KycSubmission submission, string complaint)
    {
        // Compliant: the complaint text goes to OpenAI, which privacy-policy.json allows message content.
        var reply = chat.CompleteChat(new SystemChatMessage("Answer with one team name: billing, kyc or delivery."), new UserChatMessage(complaint));

        // Non-compliant: the CNIC goes to OpenAI too, which the policy does not allow it (and OpenAI keeps data in the US,
        // where CNIC numbers may not go). No automatic fix: leave it out, or change the policy.
        chat.CompleteChat(new UserChatMessage($"Customer with CNIC {submission.Cnic} writes: {complaint}"));
        return reply.Value.Content[0].Text;
    }
}
