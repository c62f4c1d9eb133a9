## The result where this checker does not have the municipality's ordinance.

no-ordinance-decides-title = Belediyenizin kuralları neleri belirler
no-ordinance-decides-1 = Belediyenin birinden karşılık hizmet (tegenprestatie) isteyip istemediği. Bazı belediyeler bunu yalnızca rica eder, zorunlu tutmaz.
no-ordinance-decides-2 = Haftada kaç saat ve ne kadar süre.
no-ordinance-decides-3 = Kimin karşılık hizmet (tegenprestatie) yapmak zorunda olmadığı. Bunlar yakın bakımı (mantelzorg) veren, gönüllü çalışan, işe geri dönmek için çaba gösteren veya yarı zamanlı bir işi olan kişiler olabilir.
no-ordinance-decides-4 = Zaten yaptığınız bir işin karşılık hizmet (tegenprestatie) olarak sayılıp sayılamayacağı.
no-ordinance-holds-title = Yasa ve mahkeme ne diyor
no-ordinance-holds-law = Bu iş ücretsizdir ve topluma yararlıdır. Yapabileceklerinize uygundur. Ek bir iştir: ücretli bir işin yerine geçmemelidir.
no-ordinance-holds-memorandum = Yasanın açıklamasına göre bu iş çoğu zaman sınırlıdır: çok fazla saat değil ve çok uzun süre değil. İşin türü hakkında siz de fikrinizi söyleyebilirsiniz. Ama kararı belediye verir.
no-ordinance-memorandum-source = Participatiewet'in açıklaması (Memorie van toelichting), tezin (2016, § 3.1.2) anlattığı şekliyle
no-ordinance-holds-objection = Karşılık hizmet (tegenprestatie) hakkında size bir karar geldi ve bu karara katılmıyor musunuz? O zaman altı hafta içinde itiraz (bezwaar) edebilirsiniz. Bu altı hafta, belediyenin kararı gönderdiği veya size verdiği günün ertesi günü başlar.
no-ordinance-holds-non-compliance = Belediyenin size görev olarak verdiği bir karşılık hizmeti (tegenprestatie) yapmıyor musunuz? O zaman belediye ödeneğinizi (uitkering) bir süre için azaltabilir.
no-ordinance-holds-court = Bir mahkeme 2013 yılında, eski sosyal yardım yasasına (bijstandswet) göre şuna karar verdi: haftada 32 saat her durumda çok fazladır. O zaman bu artık sınırlı bir iş değildir. Bu tek bir mahkeme kararıdır, yasadaki bir kural değildir.
no-ordinance-source = Kaynak
no-ordinance-find-title = Belediyenizin kurallarını şöyle bulursunuz
no-ordinance-find-steps-1 = Belediyelerin bütün kurallarının bulunduğu web sitesine gidin (lokaleregelgeving.overheid.nl).
no-ordinance-find-steps-2 = ‘tegenprestatie’ ve ‘{ $name }’ kelimeleriyle arayın. Kuralların şimdi geçerli olup olmadığına bakın: kuralların yanında hangi tarihten itibaren geçerli oldukları yazar.
no-ordinance-register-link = lokaleregelgeving.overheid.nl sitesine git
no-ordinance-ask-title = Danışmanınıza (klantmanager) sorun
no-ordinance-ask-1 = Belediye benden karşılık hizmet (tegenprestatie) istiyor mu? Haftada kaç saat ve ne kadar süre?
no-ordinance-ask-2 = Yakın bakımı (mantelzorg) veya gönüllü çalışma gibi zaten yaptığım şeyler de sayılıyor mu?
no-ordinance-ask-3 = Yapacağım iş hakkında ben de fikrimi söyleyebilir miyim?
