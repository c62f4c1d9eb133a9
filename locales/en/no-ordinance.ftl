## The result where this checker does not have the municipality's ordinance.

no-ordinance-decides-title = What your municipality's rules decide
no-ordinance-decides-1 = Whether the municipality asks anyone to do a tegenprestatie. Some municipalities only ask, and do not make it compulsory.
no-ordinance-decides-2 = How many hours a week, and for how long.
no-ordinance-decides-3 = Who does not have to do a tegenprestatie. This may be people who give informal care (mantelzorg), do volunteer work, are working on getting back to work, or have a part-time job.
no-ordinance-decides-4 = Whether work you already do may count as the tegenprestatie.
no-ordinance-holds-title = What the law and the courts say
no-ordinance-holds-law = The work is unpaid and useful to society. It fits what you can do. It is extra work: it may not replace paid work.
no-ordinance-holds-memorandum = According to the explanation of the law, the work is usually limited: not too many hours and not for too long. You may have a say in the kind of work. But the municipality decides.
no-ordinance-memorandum-source = Explanatory memorandum to the Participatiewet, as the thesis (2016, § 3.1.2) describes it
no-ordinance-holds-objection = Do you get a decision about the tegenprestatie and disagree with it? Then you can object (bezwaar), within six weeks. They start the day after the municipality sent or handed you the decision.
no-ordinance-holds-non-compliance = If you do not do a tegenprestatie the municipality assigns you, the municipality can lower your benefit for a while.
no-ordinance-holds-court = A district court found in 2013 (under the former social assistance act): 32 hours a week is too much in any case. It is then no longer limited work. This is one ruling, not a rule in the law.
no-ordinance-source = Source
no-ordinance-find-title = How to find your municipality's rules
no-ordinance-find-steps-1 = Go to the website with all the rules of municipalities (lokaleregelgeving.overheid.nl, in Dutch).
no-ordinance-find-steps-2 = Search for ‘tegenprestatie’ and ‘{ $name }’. Check that the rules apply now: the page shows the date they start.
no-ordinance-register-link = Go to lokaleregelgeving.overheid.nl
no-ordinance-ask-title = Ask your caseworker (klantmanager)
no-ordinance-ask-1 = Does the municipality ask me to do a tegenprestatie? How many hours a week, and for how long?
no-ordinance-ask-2 = Does what I already do count, such as informal care or volunteer work?
no-ordinance-ask-3 = Can I have a say in what kind of work I will do?
