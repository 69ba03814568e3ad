package dev.promptly.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists for believable demo people, companies and subjects. */
final class Names {

    static final List<String> FIRST = List.of("Anna", "Ben", "Chiara", "David", "Elif", "Felix", "Grace", "Hannah",
            "Ivan", "Julia", "Kenji", "Lena", "Marco", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samir",
            "Tara", "Uwe", "Valeria", "William", "Xiu", "Yusuf", "Zoe", "Amelia", "Bruno", "Carmen", "Diego",
            "Emma", "Farah", "Gabriel", "Helena", "Isaac", "Jonas", "Katarina", "Liam", "Maya", "Noah");

    static final List<String> LAST = List.of("Schmidt", "Okafor", "Rossi", "Nguyen", "Yilmaz", "Becker", "Kim",
            "Novak", "Hughes", "Fischer", "Tanaka", "Silva", "Moreau", "Haddad", "Kowalski", "Patel", "Dubois",
            "Garcia", "Larsen", "Murphy", "Weber", "Costa", "Jensen", "Schulz", "Ivanova", "Brown", "Santos",
            "Meyer", "Ali", "Wagner");

    static final List<String> COMPANIES = List.of("Acme Logistics", "Brightside Dental", "Copperleaf Hotels",
            "Delta Fasteners", "Evergreen Insurance", "Fjord Shipping", "Granite Builders", "Harbor Foods",
            "Ironwood Legal", "Juniper Health", "Keystone Print", "Lumen Optics", "Meridian Travel",
            "Northwind Traders", "Orchid Florists", "Pioneer Farms", "Quarry Stoneworks", "Riverbank Credit Union",
            "Summit Outdoor", "Tidewater Marine", "Union Bakery", "Vertex Robotics", "Willow Kindergarten",
            "Yellowstone Cabins", "Zenith Architects");

    static final List<String> HOT_BUTTONS = List.of(
            "Hates being put on hold; call back rather than transfer.",
            "Wants everything confirmed in writing by email.",
            "Only reachable before 10:00 local time.",
            "Was overcharged last quarter; check invoices twice.",
            "Decision maker is the CFO, not our contact.",
            "Prefers German over English.",
            "Long-standing customer since 2011; escalate quickly.",
            "Very price-sensitive; never promise discounts without approval.");

    static final List<String> CALLBACK_SUBJECTS = List.of("Missed call: delivery date", "Missed call: invoice question",
            "Asked for a callback about the contract", "Voicemail: order not arrived", "Missed call: password reset",
            "Wants to discuss renewal", "Missed call: wrong item delivered", "Asked about installation appointment");

    static final List<String> EMAIL_SUBJECTS = List.of("Re: Quote for 40 units", "Invoice 2291 looks wrong",
            "Where is my order?", "Change of billing address", "Question about the warranty",
            "Cancel my subscription?", "Re: Meeting next week", "Damaged on arrival - photos attached");

    static final List<String> COMMITMENT_SUBJECTS = List.of("Send the revised quote", "Confirm the delivery slot",
            "Send the credit note", "Check stock with the warehouse and call back", "Email the signed contract",
            "Find out why the refund is late");

    static final List<String> FOLLOW_UP_SUBJECTS = List.of("Check the repair fixed it", "Ask how the onboarding went",
            "Follow up on the open quote", "Remind about the renewal date", "Check the replacement arrived");

    static final List<String> ESCALATION_REASONS = List.of("Needs a billing specialist", "Technical fault, needs level 2",
            "Customer asked for a manager", "Contract question for key accounts");

    static final List<String> DELAY_NOTES = List.of("Told the customer we are waiting for the warehouse",
            "Said the specialist will call tomorrow", "Promised an answer once finance confirms",
            "Explained the part is back-ordered");

    private Names() {
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
