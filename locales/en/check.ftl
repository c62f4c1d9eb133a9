## The recipient's check: every screen's words.

other-lang-button = Nederlands
app-title = Tegenprestatie check
intro-1 = With a social assistance benefit, the municipality can ask you to do unpaid work that is useful to others. This is called the tegenprestatie.
intro-2 = This check shows whether the tegenprestatie applies to you, how many hours and for how long. You answer a few questions. It takes about 3 minutes.
step-of = Question { $n } of about { $total }
next = Next
back = Back
to-result = See the outcome
clear = Clear my answers
cleared = Your answers have been cleared.
what-does-this-mean = What does this mean?
yes = Yes
no = No
unknown = I don't know
error-summary-title = Something is not filled in correctly
error-prefix = Error:
search-label = Find your municipality
search-hint = Type the name of your municipality, for example Den Haag or Súdwest-Fryslân. Part of the name is enough.
search-more =
    { $n ->
        [one] There is 1 more municipality with these letters. Type more letters.
       *[other] There are { $n } more municipalities with these letters. Type more letters.
    }
no-ordinance-meta = Only the rules in the law
via-common = Also called: { $name }
via-former = { $former } is now part of this municipality
found =
    { $n ->
        [one] 1 municipality found
       *[other] { $n } municipalities found
    }
none-found = No municipality found.
ordinance-label = Rules of { $year }
merged-note = Note: { $note }
review-title = Check your answers
review-intro = Is everything right? Then you will see the outcome next.
change = Change
not-answered = Not asked
result-title = Outcome
result-for = { $name }, { $date }
college-decides-intro = The municipality looks at your situation. Our sources do not say what follows. The municipality decides:
if-it-holds = If the municipality finds that this rule applies
if-it-does-not = If the municipality finds that this rule does not apply
see-next = See question { $n }.
no-maximum = Your municipality sets no maximum number of hours. But 32 hours a week or more is never allowed. A court said so.
no-maximum-short = There is no maximum, but 32 hours a week or more is never allowed.
rules-from = Rules in force from { $from }{ $to }. They may have changed: ask your municipality.
why-title = Why? And the sources
rules-title = The rules that apply
next-steps-sources = Where the advice comes from
sources-title = Sources
next-steps-title = What can you do now?
practice-title = How it works in practice
practice-label = Practice, not a rule
version-label = Version
in-force-label = In force from
detail-label = How complete is the source?
print = Print this outcome
share-label = Link to this check with your answers
share = Copy the link
share-done = The link is copied. Your answers are in the link. Only share it with people you trust.
share-failed = Copying did not work. The link is selected: copy it yourself.
share-hint = The link contains your answers. They are not sent to any server.
change-answers = Change your answers
letter-offer-heading = Letter to the municipality
letter-offer-button = Make a letter
letter-offer-intro = A letter to the municipality, made from your answers. For example to object. Your name and address stay on this device.
letter-offer-loading = Loading the letter…
letter-offer-failed = The letter cannot be loaded. Check your internet connection and try again.
disclaimer = This outcome is not a decision of the municipality and gives no rights. The municipality decides, and you can object to its decision.
privacy = We send nothing. Your answers are only in this tab and in the address of this page (that makes the Back button work). Close the tab and they are gone.
privacy-embedded = We send nothing, not even to this website. Your answers stay in this page. Close the page and they are gone.
ordinance-unreachable = The check cannot load the municipality's rules right now. Try again later, or ask the municipality.
ordinance-invalid = The municipality's rules are not set up correctly in this check, so it gives no answer. Ask the municipality.
municipality-unknown = This check does not know the municipality this website has set. Ask the municipality.
for-caseworkers = For caseworkers: the intake with every question on one screen
for-municipalities = For municipalities: write and test your ordinance
remember = Remember my answers on this device
remember-hint = Then you will see them again when you open the check later. Do not do this on a computer you share.
no-match-next = We find no municipality with ‘{ $query }’ in its name. Type the name of your municipality, not of your village, town or neighbourhood. Not sure of the name? Look at a letter from the municipality about your benefit.
merged-warning = { $name }: { $note } We only know the old rules of { $name }. Ask your municipality which rules apply now.
merged-warning-no-rules = { $name }: { $note } Do you live there now? Then choose the municipality you live in now.
hours-unit = hours a week
months-unit = months
years-unit = years

## The language menu and reading aloud
language-label = Language
language-loading = Loading the language …
read-aloud = Read aloud
read-aloud-stop = Stop reading

## The municipality's rules, fetched when it is chosen ($name: the municipality, in Dutch)
rules-loading = Loading the rules of { $name } …
rules-failed-title = The rules of { $name } did not load
rules-failed = Perhaps there is no internet for a moment. Your answers have been kept.
rules-retry = Try again

## Hours and duration
bounds-decimal = .
bounds-separator = { ", " }
bounds-from-to = { $min } to { $max }
bounds-at-least = at least { $n }
bounds-at-most = at most { $n }
bounds-average = on average { $n }
bounds-hours-a-week =
    { $n ->
        [one] hour a week
       *[other] hours a week
    }
bounds-months =
    { $n ->
        [one] month
       *[other] months
    }
bounds-weeks =
    { $n ->
        [one] week
       *[other] weeks
    }
bounds-total-hours =
    { $n ->
        [one] hour in total
       *[other] hours in total
    }
bounds-per-year = a year
bounds-times = { $n } times
bounds-or-less = or fewer if you cannot do more
bounds-no-end = with no end date
bounds-according-to-ability = as much as you can

## Citations
citation-artikel = article
citation-lid = paragraph
citation-onderdeel = point
citation-no-article = { "" }

## Outcomes: the headline, the sentence under it (.lead) and the first thing to do (.next)
status-not-applicable = You do not have to do a tegenprestatie
    .lead = The duty to do a tegenprestatie does not apply to you.
    .next = You do not have to do anything. Does your situation change? Then do the check again.
status-exempt = You do not have to do a tegenprestatie
    .lead = The duty does apply, but you are exempt.
    .next = Tell your caseworker why you are exempt. Does your situation change? Then do the check again.
status-fulfilled = What you already do counts as the tegenprestatie
    .lead = You do not have to do anything extra, as long as you keep doing this.
    .next = Tell your caseworker what you already do, and keep doing it.
status-obligated = The municipality can ask you to do a tegenprestatie
    .lead = That is unpaid work that is useful to others.
    .next = The municipality first discusses the tegenprestatie with you. Take this outcome to the meeting.
status-discretionary = It depends on what the municipality decides
    .lead = The municipality may decide this person by person. This follows from each answer:
    .next = Ask your caseworker what the municipality decides. Take this outcome with you. You will then get a decision.
status-ordinance-unknown = The municipality may ask you to do a tegenprestatie
    .lead = The law allows it. But whether your municipality asks you to do it, and how much, is in your municipality's rules. This check does not have those rules.
    .next = Ask your caseworker what your municipality's rules say. Take this outcome with you.

## Questions: the question (the page's heading), .hint under it, .help behind "Wat betekent dit?"
question-gemeente = Which municipality do you live in?
    .hint = Each municipality has its own rules for the tegenprestatie.
    .help = The tegenprestatie is unpaid work that is useful to others. The municipality can ask for it if you receive a benefit. For example helping in a community centre or shopping for someone. It may not replace a paid job.
question-leeftijd = How old are you?
    .hint = Your age in whole years.
question-aow = Have you reached the state pension (AOW) age?
    .hint = Usually this is 67. For some people it is different.
    .help = The AOW is the state pension. From the AOW age on, the tegenprestatie no longer applies.
question-uitkering = Which benefit do you receive?
    .help = Social assistance (bijstand) is the benefit under the Participatiewet. IOAW and IOAZ are benefits for older or partly disabled unemployed people and former self-employed people. Special assistance (bijzondere bijstand) is money for special costs.
question-arbeidsongeschikt = Are you fully and permanently unable to work?
    .hint = This means: you cannot work at all, now or later, and this has been officially established.
    .help = This is about article 4 of the Wet WIA: fully and permanently unable to work. Not sure? Choose 'No' and ask the municipality.
question-alleenstaande-ouder = As a single parent, are you exempt from the duty to work?
    .hint = You can get this exemption if you alone care for a child under 5.
    .help = Exempt means: the municipality has released you from the duty. You received a letter about it.
question-mantelzorg = Do you give informal care (mantelzorg)?
    .help = Informal care is care for someone you know, such as your parent, partner, child or neighbour. You do not do it as a job. It is more than the usual help within a household.
question-mantelzorg-uren = How much informal care do you give?
    .hint = An estimate is good enough.
question-mantelzorg-nodig = Has the municipality said that your informal care is really needed?
    .hint = The municipality decides this, not you. Has it not said anything about it yet? Then choose 'I don't know'.
    .help = Informal care is really needed when it is more than the usual help within a household and cannot be arranged otherwise.
question-vrijwilligerswerk = Do you do volunteer work?
    .help = Volunteer work is unpaid work for a club, association or organisation, or for people in your neighbourhood.
question-vrijwilligerswerk-uren = How much volunteer work do you do?
    .hint = An estimate is good enough.
question-respijtzorg = As a volunteer, do you take over care from an informal carer?
    .help = In respite care you take over the care from an informal carer for a while, so they can rest.
question-uitkering-duur = How long have you had a benefit?
    .hint = Fill in the number of months. A year is 12 months.
question-re-integratie = Are you in a reintegration trajectory?
    .help = A reintegration trajectory helps you towards paid work. For example a course, a place to practise work, or help with applying for jobs. You do it together with the municipality.
question-sociale-activering = Do you take part in social activation?
    .help = Social activation helps you take part in society again, when paid work is still far away.
question-groepstraining = Do you follow a group training?
    .hint = For example the Toekomstatelier in the Liemers.
question-wmo = Does the municipality give you help from a support worker?
    .help = A support worker helps you, for example, to organise your day, alone or in a group. The municipality arranges this under the Wmo, the Social Support Act.
question-werk = Do you have paid work besides your benefit?
question-werk-uren = How many hours a week do you work?
question-participatieladder = Which step of the participation ladder are you on?
    .hint = Your caseworker knows this.
    .help = The participation ladder shows how far you are from paid work. Steps 1 to 4: paid work is still far away. Steps 5 and 6: you can do paid work within a year. A step is also called a trede.
question-doelgroep = Which group has the municipality placed you in?
    .hint = Your caseworker knows this.
question-beperking = Do you have a limitation?
    .hint = Because of your health or a disability you cannot do some things, or not as well.
question-niet-in-staat = Does your situation permanently keep you from doing a tegenprestatie?
    .hint = For example because of your health or your situation at home.
question-dringende-redenen = Are there urgent reasons why you cannot do a tegenprestatie now?
    .hint = For example heavy care for a family member that has just started.
    .help = For urgent reasons the municipality can exempt you for a while. This is in article 9, paragraph 2 of the Participatiewet.

## Field labels (the overview and the printed answers)
field-gemeente = Municipality
field-gives-care = Informal care
field-volunteers = Volunteer work
field-has-part-time-work = Paid work
field-date = Date of the check
field-birth-date = Date of birth
field-age = Age in years
field-reached-pension-age = Reached the AOW age
field-benefit = Benefit
field-fully-permanently-incapacitated = Fully and permanently unable to work
field-single-parent-exemption = Single parent with an exemption
field-caregiving-hours-per-week = Hours of informal care a week
field-caregiving-months = For how many months?
field-caregiving-necessary = Informal care really needed, says the municipality
field-volunteer-hours-per-week = Hours of volunteer work a week
field-volunteer-months = For how many months?
field-respite-care-volunteer = Taking over care from an informal carer
field-reintegration-trajectory = Reintegration trajectory
field-social-activation = Social activation
field-group-training = Group training
field-wmo-guidance = Help from a support worker via the municipality
field-part-time-work-hours-per-week = Hours of paid work a week
field-participation-ladder-step = Step on the participation ladder
field-has-disability = Limitation
field-permanently-unable = Permanently unable to do a tegenprestatie
field-urgent-reasons = Urgent reasons
field-months-on-benefit = Months on a benefit
field-target-group = Group

## Answer options
option-yes = Yes
option-no = No
option-unknown = I don't know
option-benefit-participatiewet = Social assistance (Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = Only special assistance (bijzondere bijstand)
option-benefit-none = No benefit
option-participation-ladder-step-1 = Step 1: you are mostly at home and see few people
option-participation-ladder-step-2 = Step 2: you have contact with people outside your home
option-participation-ladder-step-3 = Step 3: you take part in activities, such as a course or club
option-participation-ladder-step-4 = Step 4: you do unpaid work, such as volunteering
option-participation-ladder-step-5 = Step 5: you have paid work, with support
option-participation-ladder-step-6 = Step 6: you have paid work, without support
option-target-group-uitstromer = Uitstromer: you can soon start paid work
option-target-group-groeier = Groeier: you are growing towards work
option-target-group-blijver = Blijver: paid work is still far away

## Input errors
error-choose-municipality = Choose your municipality.
error-fill-in-age = Fill in your age.
error-fill-in-hours = Fill in the number of hours a week.
error-fill-in-months = Fill in the number of months.
error-choose-benefit = Choose which benefit you receive.
error-choose-answer = Choose an answer.
error-age-in-digits = Fill in your age in digits, such as 35.
error-fill-in-number = Fill in a number, such as 4 or 7.5.
error-whole-number = Fill in a whole number, without decimals.
error-age-range = Fill in an age from 0 to 130 years.
error-hours-range = Fill in a number of hours from 0 to 168. A week has 168 hours.
error-months-range = Fill in a number of months from 0 to 600.
error-unknown-municipality = We do not know this municipality. Choose one from the list.
error-unknown-option = Choose one of the answers.

## Next-step topics
topic-find-activity = Finding something yourself
topic-choice = You have a say
topic-what-counts = What counts as the tegenprestatie
topic-renewal = Extending and repeating
topic-non-compliance = If you do not take part
topic-objection = If you disagree with a decision
topic-other = Good to know

## How complete the source is (.short in the municipality list)
detail-full-text = We have the full text of the ordinance.
    .short = full text
detail-described = A 2016 study describes the rules of this ordinance. We do not have the full text.
    .short = described in a study
detail-summary = We only know a short summary of this ordinance, from a 2016 table. Details may be missing.
    .short = summary only
detail-statute = The law.
    .short = law
detail-not-known = This check does not have this municipality's rules. Only the law.
    .short = the law only
