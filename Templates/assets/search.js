/* alertpress search: no dependencies; data is written with textContent only. */
(function () {
  "use strict";
  // The count and messages go to a live region of their own, so a screen reader announces them, not the whole list.
  var form = document.querySelector("form[data-index]"), out = document.getElementById("results"),
    status = document.getElementById("results-status") || out;
  if (!form || !out || !window.fetch || !window.URL) return;
  // Hidden until this script runs: without it the form would do nothing (the page says so instead).
  form.hidden = false;
  var input = form.elements.q, lang = document.documentElement.lang, zh = /^zh/i.test(lang),
    hant = /^zh-(hant|tw|hk|mo)\b/i.test(lang), items = null, timer;
  var CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/, CJKS = new RegExp(CJK.source, "g");
  var rel = form.getAttribute("data-index");
  // data-index: "../" per level + "<lang>/search-index.json"; entry URLs are site-relative.
  var root = new URL((rel.match(/^(\.\.\/)*/) || [""])[0] || "./", location.href);

  // Traditional characters read as their Simplified forms, so that either way of writing Chinese
  // finds the other ("詐騙" finds "诈骗"): ICU's Hant-Hans transform of every character of
  // U+4E00–U+9FFF it writes as one other, folded to the end of its chain, in pairs (written by
  // scripts/traditional-pairs.swift).
  var T2S = "丟丢並并乾干亂乱亙亘亞亚佇伫佈布佔占併并來来侖仑侶侣侷局俁俣係系俔伣俠侠俬私俱具倀伥倆俩倈俫倉仓個个們们倖幸倣仿倫伦偉伟側侧偵侦偽伪傑杰傖伧傘伞備备傢家傭佣傯偬傳传傴伛債债傷伤傾倾僂偻僅仅僇戮僉佥僑侨僕仆僞伪僥侥僨偾僱雇價价儀仪儂侬億亿儈侩儉俭儐傧儔俦儕侪儘尽償偿優优儲储儷俪儸㑩儺傩儻傥儼俨兇凶兌兑兒儿兗兖內内兩两冊册冪幂凈净凍冻凜凛凱凯別别刪删剄刭則则剋克剎刹剗刬剛刚剝剥剮剐剴剀創创剷铲劃划劇剧劉刘劊刽劌刿劍剑劏㓥劑剂劚㔉勁劲動动勗勖務务勛勋勝胜勞劳勢势勩勚勱劢勳勋勵励勸劝勻匀匭匦匯汇匱匮區区協协卹恤卻却厙厍厠厕厭厌厲厉厴厣參参叄叁叢丛吒咤吢吣吳吴吶呐呂吕咷啕咼呙員员唄呗唚吣唸念問问啓启啞哑啟启啢唡喎㖞喚唤喨亮喪丧喫吃喬乔單单喲哟嗆呛嗇啬嗊唝嗎吗嗚呜嗩唢嗶哔嘆叹嘍喽嘔呕嘖啧嘗尝嘜唛嘩哗嘮唠嘯啸嘰叽嘵哓嘸呒嘽啴噓嘘噚㖊噝咝噠哒噥哝噦哕噯嗳噲哙噴喷噸吨噹当嚀咛嚇吓嚌哜嚐尝嚕噜嚙啮嚥咽嚦呖嚨咙嚮向嚲亸嚳喾嚴严嚶嘤囀啭囁嗫囂嚣囅冁囈呓囉啰囍禧囑嘱囓啮囪囱圇囵國国圍围園园圓圆圖图團团垵埯埡垭埰采執执堅坚堊垩堖垴堝埚堯尧報报場场塊块塋茔塏垲塒埘塗涂塚冢塢坞塤埙塵尘塹堑墊垫墜坠墮堕墳坟墶垯墻墙墾垦壇坛壋垱壎埙壓压壘垒壙圹壚垆壜坛壞坏壟垄壠垅壢坜壩坝壪塆壯壮壺壶壼壸壽寿夠够夢梦夥伙夾夹奐奂奧奥奩奁奪夺奬奖奮奋奼姹妝妆姊姐姍姗姦奸姪侄娛娱婁娄婦妇婭娅媧娲媯妫媼媪媽妈嫋袅嫗妪嫵妩嫻娴嫿婳嬀妫嬃媭嬈娆嬋婵嬌娇嬙嫱嬝袅嬡嫒嬤嬷嬪嫔嬰婴嬸婶孃娘孌娈孫孙學学孿孪宮宫寢寝實实寧宁審审寫写寬宽寵宠寶宝尅克將将專专尋寻對对導导尷尴屆届屍尸屓屃屜屉屢屡層层屨屦屬属岡冈峴岘島岛峽峡崍崃崑昆崗岗崙仑崢峥崬岽嵐岚嶁嵝嶄崭嶇岖嶔嵚嶗崂嶠峤嶢峣嶧峄嶨峃嶮崄嶴岙嶸嵘嶺岭嶼屿巋岿巒峦巔巅巖岩巰巯帥帅師师帳帐帶带幀帧幃帏幗帼幘帻幟帜幣币幫帮幬帱幹干幾几庫库廁厕廂厢廄厩廈厦廎庼廚厨廝厮廟庙廠厂廡庑廢废廣广廩廪廬庐廳厅廻回弒弑弔吊弳弪張张強强彆别彈弹彌弥彎弯彙汇彞彝彠彟彥彦彿佛後后徑径從从徠徕復复徬彷徵征徹彻恆恒恥耻悅悦悞悮悳德悵怅悶闷悽凄惡恶惱恼惲恽惻恻愛爱愜惬愨悫愴怆愷恺愾忾慄栗慇殷態态慍愠慘惨慚惭慟恸慣惯慤悫慪怄慫怂慮虑慳悭慶庆慼戚慾欲憂忧憊惫憐怜憑凭憒愦憖慭憚惮憤愤憫悯憮怃憲宪憶忆懃勤懇恳應应懌怿懍懔懞蒙懟怼懣懑懨恹懮忧懲惩懶懒懷怀懸悬懺忏懼惧懾慑戀恋戇戆戔戋戧戗戩戬戰战戱戯戲戏戶户拋抛挩捝挾挟捨舍捫扪捲卷掃扫掄抡掗挜掙挣掛挂採采揀拣揚扬換换揮挥搆构損损搖摇搗捣搥捶搧扇搨拓搵揾搶抢搾榨摀捂摑掴摜掼摟搂摯挚摳抠摶抟摺折摻掺撈捞撏挦撐撑撓挠撚捻撝㧑撟挢撢掸撣掸撥拨撫抚撲扑撳揿撻挞撾挝撿捡擁拥擄掳擇择擊击擋挡擓㧟擔担據据擠挤擣捣擬拟擯摈擰拧擱搁擲掷擴扩擷撷擺摆擻擞擼撸擾扰攄摅攆撵攏拢攔拦攖撄攙搀攛撺攜携攝摄攢攒攣挛攤摊攪搅攬揽敗败敘叙敵敌數数斂敛斃毙斆敩斕斓斬斩斷断於于昇升時时晉晋晝昼暈晕暉晖暘旸暢畅暫暂暱昵曄晔曆历曇昙曉晓曏向曖暧曠旷曨昽曬晒書书會会朧胧東东枒丫柵栅桿杆梔栀梘枧條条梟枭梲棁棄弃棖枨棗枣棟栋棡㭎棧栈棲栖棶梾椏桠楊杨楓枫楨桢業业極极榖谷榪杩榮荣榲榅榿桤構构槍枪槓杠槖橐槤梿槧椠槨椁槳桨樁桩樂乐樅枞樑梁樓楼標标樞枢樣样樸朴樹树樺桦橈桡橋桥機机橢椭橫横檁檩檉柽檔档檜桧檝楫檟槚檢检檣樯檮梼檯台檳槟檸柠檻槛櫃柜櫓橹櫚榈櫛栉櫝椟櫞橼櫟栎櫥橱櫧槠櫨栌櫪枥櫫橥櫬榇櫱蘖櫳栊櫸榉櫺棂櫻樱欄栏權权欏椤欒栾欖榄欞棂欵款欽钦歎叹歐欧歛敛歟欤歡欢歲岁歷历歸归歿殁殘残殞殒殤殇殨㱮殫殚殮殓殯殡殰㱩殲歼殺杀殼壳毀毁毆殴毬球毿毵氂牦氈毡氌氇氣气氫氢氬氩氳氲氹凼氾泛汎泛汙污決决沍冱沒没沖冲況况洩泄洶汹浹浃涇泾涼凉淒凄淚泪淥渌淨净淪沦淵渊淶涞淺浅渙涣減减渢沨渦涡測测渾浑湊凑湞浈湧涌湯汤溈沩準准溝沟溫温溮浉溳涢溼湿滄沧滅灭滌涤滎荥滬沪滯滞滲渗滷卤滸浒滻浐滾滚滿满漁渔漊溇漚沤漢汉漣涟漬渍漲涨漵溆漸渐漿浆潁颍潑泼潔洁潙沩潛潜潤润潯浔潰溃潷滗潿涠澀涩澆浇澇涝澐沄澗涧澠渑澤泽澦滪澩泶澮浍澱淀濁浊濃浓濕湿濘泞濚溁濜浕濟济濤涛濫滥濬浚濰潍濱滨濺溅濼泺濾滤瀂澛瀅滢瀆渎瀇㲿瀉泻瀋沈瀏浏瀕濒瀘泸瀝沥瀟潇瀠潆瀦潴瀧泷瀨濑瀰弥瀲潋瀾澜灃沣灄滠灑洒灕漓灘滩灝灏灠漤灣湾灤滦灧滟災灾為为烏乌烴烃無无煉炼煒炜煙烟煢茕煥焕煩烦煬炀煱㶽熅煴熒荧熗炝熱热熲颎熾炽燁烨燄焰燈灯燉炖燐磷燒烧燙烫燜焖營营燦灿燬毁燭烛燴烩燶㶶燻熏燼烬燾焘燿耀爍烁爐炉爛烂爭争爲为爺爷爾尔牀床牆墙牋笺牘牍牽牵犖荦犢犊犧牺狀状狹狭狽狈猙狰猶犹猻狲獁犸獃呆獄狱獅狮獎奖獨独獪狯獫猃獮狝獰狞獱㺍獲获獵猎獷犷獸兽獺獭獻献獼猕玀猡現现琺珐琿珲瑋玮瑒玚瑣琐瑤瑶瑩莹瑪玛瑯琅瑲玱璉琏璡琎璣玑璦瑷璫珰環环璵玙璽玺瓊琼瓏珑瓔璎瓚瓒甌瓯甕瓮產产産产畝亩畢毕畫画異异當当疇畴疊叠痀佝痙痉痠酸痾疴瘂痖瘋疯瘍疡瘓痪瘞瘗瘡疮瘧疟瘮瘆瘲疭瘺瘘瘻瘘療疗癆痨癇痫癉瘅癒愈癘疠癟瘪癡痴癢痒癤疖癥症癧疬癩癞癬癣癭瘿癮瘾癰痈癱瘫癲癫發发皁皂皚皑皰疱皸皲皺皱盃杯盜盗盞盏盡尽監监盤盘盧卢盪荡眞真眥眦眾众睏困睜睁睞睐睪睾瞇眯瞘眍瞜䁖瞞瞒瞭了瞶瞆瞼睑矓眬矚瞩矯矫砲炮硏研硜硁硤硖硨砗硯砚碩硕碭砀碸砜確确碼码磑硙磚砖磣碜磧碛磯矶磽硗磾䃅礄硚礆硷礎础礙碍礡礴礦矿礪砺礫砾礬矾礮炮礱砻祕秘祿禄禍祸禎祯禕祎禡祃禦御禪禅禮礼禰祢禱祷禿秃秈籼稅税稈秆稏䅉稜棱稟禀種种稱称穀谷穇䅟穌稣積积穎颖穠秾穡穑穢秽穩稳穫获穭稆窩窝窪洼窮穷窯窑窵窎窶窭窺窥竄窜竅窍竇窦竈灶竊窃竪竖競竞筆笔筍笋筧笕筴䇲箇个箋笺箎篪箏筝箝钳節节範范築筑篋箧篔筼篤笃篩筛篳筚簀箦簆筘簍篓簞箪簡简簣篑簫箫簷檐簹筜簽签簾帘籃篮籌筹籐藤籙箓籛篯籜箨籟籁籠笼籤签籩笾籪簖籬篱籮箩籲吁粧妆粵粤糝糁糞粪糧粮糰团糲粝糴籴糶粜糹纟糾纠紀纪紂纣約约紅红紆纡紇纥紈纨紉纫紋纹納纳紐纽紓纾純纯紕纰紖纼紗纱紘纮紙纸級级紛纷紜纭紝纴紡纺紬䌷紮扎細细紱绂紲绁紳绅紵纻紹绍紺绀紼绋紿绐絀绌終终絃弦組组絅䌹絆绊絎绗結结絕绝絛绦絝绔絞绞絡络絢绚給给絨绒絰绖統统絲丝絳绛絶绝絹绢綁绑綃绡綆绠綈绨綉绣綌绤綏绥綐䌼綑捆經经綜综綞缍綠绿綢绸綣绻綫线綬绶維维綯绹綰绾綱纲網网綳绷綴缀綵彩綸纶綹绺綺绮綻绽綽绰綾绫綿绵緄绲緇缁緊紧緋绯緑绿緒绪緓绬緔绱緗缃緘缄緙缂線线緝缉緞缎締缔緡缗緣缘緦缌編编緩缓緬缅緯纬緱缑緲缈練练緶缏緹缇緻致縈萦縉缙縊缢縋缒縐绉縑缣縕缊縗缞縛缚縝缜縞缟縟缛縣县縧绦縫缝縭缡縮缩縱纵縲缧縳䌸縴纤縵缦縶絷縷缕縹缥總总績绩繃绷繅缫繆缪繒缯織织繕缮繚缭繞绕繡绣繢缋繩绳繪绘繫系繭茧繮缰繯缳繰缲繳缴繸䍁繹绎繼继繽缤繾缱繿䍀纈缬纊纩續续纍累纏缠纓缨纔才纖纤纘缵纜缆缽钵罃䓨罈坛罌罂罎坛罣挂罰罚罵骂罷罢羅罗羆罴羈羁羋芈羣群羥羟羨羡義义羶膻習习翫玩翬翚翹翘翺翱翽翙耬耧耮耢聖圣聞闻聯联聰聪聲声聳耸聵聩聶聂職职聹聍聽听聾聋肅肃脅胁脈脉脛胫脣唇脫脱脹胀腎肾腖胨腡脶腦脑腫肿腳脚腸肠膃腽膕腘膚肤膞䏝膠胶膩腻膽胆膾脍膿脓臉脸臍脐臏膑臘腊臚胪臟脏臠脔臢臜臥卧臨临臺台與与興兴舉举舊旧舖铺艙舱艤舣艦舰艫舻艱艰艷艳芻刍苧苎茲兹荊荆荳豆莊庄莖茎莢荚莧苋菓果華华菸烟萇苌萊莱萬万萵莴葉叶葒荭著着葤荮葦苇葯药葷荤蒐搜蒓莼蒔莳蒞莅蒼苍蓀荪蓆席蓋盖蓮莲蓯苁蓽荜蔔卜蔞蒌蔣蒋蔥葱蔦茑蔭荫蔴麻蕁荨蕆蒇蕎荞蕒荬蕓芸蕕莸蕘荛蕢蒉蕩荡蕪芜蕭萧蕷蓣薀蕰薈荟薊蓟薌芗薑姜薔蔷薘荙薟莶薦荐薩萨薳䓕薴苎薺荠藉借藍蓝藎荩藝艺藥药藪薮藭䓖藴蕴藶苈藷薯藹蔼藺蔺蘀萚蘄蕲蘆芦蘇苏蘊蕴蘋苹蘚藓蘞蔹蘢茏蘭兰蘺蓠蘿萝虆蔂處处虛虚虜虏號号虧亏虯虬蛺蛱蛻蜕蜆蚬蝕蚀蝟猬蝦虾蝨虱蝸蜗螄蛳螞蚂螢萤螮䗖螻蝼螿螀蟄蛰蟈蝈蟎螨蟣虮蟬蝉蟯蛲蟲虫蟶蛏蟻蚁蠅蝇蠆虿蠍蝎蠐蛴蠑蝾蠔蚝蠟蜡蠣蛎蠧蠹蠨蟏蠱蛊蠶蚕蠻蛮衆众衊蔑術术衚胡衛卫衝冲袞衮袴绔裊袅裏里補补裝装裡里製制複复褌裈褘袆褲裤褳裢褸褛褻亵襇裥襏袯襖袄襝裣襠裆襤褴襪袜襬䙓襯衬襲袭襴襕覈核見见覎觃規规覓觅視视覘觇覡觋覥觍覦觎親亲覬觊覯觏覲觐覷觑覺觉覽览覿觌觀观觴觞觶觯觸触訁讠訂订訃讣計计訊讯訌讧討讨訐讦訒讱訓训訕讪訖讫託托記记訛讹訝讶訟讼訢䜣訣诀訥讷訩讻訪访設设許许訴诉訶诃診诊註注証证詁诂詆诋詎讵詐诈詒诒詔诏評评詖诐詗诇詘诎詛诅詞词詠咏詡诩詢询詣诣試试詩诗詫诧詬诟詭诡詮诠詰诘話话該该詳详詵诜詼诙詿诖誄诔誅诛誆诓誇夸誌志認认誑诳誒诶誕诞誘诱誚诮語语誠诚誡诫誣诬誤误誥诰誦诵誨诲說说説说誰谁課课誶谇誹诽誼谊誾訚調调諂谄諄谆談谈諉诿請请諍诤諏诹諑诼諒谅論论諗谂諛谀諜谍諝谞諞谝諡谥諢诨諤谔諦谛諧谐諫谏諭谕諮谘諱讳諳谙諶谌諷讽諸诸諺谚諼谖諾诺謀谋謁谒謂谓謄誊謅诌謊谎謎谜謐谧謔谑謖谡謗谤謙谦謚谥講讲謝谢謠谣謡谣謨谟謫谪謬谬謭谫謳讴謹谨謾谩譁哗譅䜧證证譎谲譏讥譖谮識识譙谯譚谭譜谱譟噪譫谵譯译議议譴谴護护譸诪譽誉譾谫讀读變变讋詟讌䜩讎雠讒谗讓让讕谰讖谶讚赞讜谠讞谳豈岂豎竖豐丰豔艳豬猪豶豮貍狸貓猫貙䝙貝贝貞贞貟贠負负財财貢贡貧贫貨货販贩貪贪貫贯責责貯贮貰贳貲赀貳贰貴贵貶贬買买貸贷貺贶費费貼贴貽贻貿贸賀贺賁贲賂赂賃赁賄贿賅赅資资賈贾賊贼賑赈賒赊賓宾賕赇賙赒賚赉賜赐賞赏賠赔賡赓賢贤賣卖賤贱賦赋賧赕質质賫赍賬账賭赌賰䞐賴赖賵赗賸剩賺赚賻赙購购賽赛賾赜贄贽贅赘贇赟贈赠贊赞贋赝贍赡贏赢贐赆贓赃贔赑贖赎贗赝贛赣贜赃赬赪趕赶趙赵趨趋趲趱跡迹跤交跼局踐践踡蜷踰逾踴踊蹌跄蹕跸蹟迹蹣蹒蹤踪蹧糟蹺跷躂跶躉趸躊踌躋跻躍跃躑踯躒跞躓踬躕蹰躚跹躡蹑躥蹿躦躜躪躏軀躯車车軋轧軌轨軍军軑轪軒轩軔轫軛轭軟软軤轷軫轸軲轱軸轴軹轵軺轺軻轲軼轶軾轼較较輅辂輇辁輈辀載载輊轾輒辄輓挽輔辅輕轻輛辆輜辎輝辉輞辋輟辍輥辊輦辇輩辈輪轮輬辌輯辑輳辏輸输輻辐輾辗輿舆轀辒轂毂轄辖轅辕轆辘轉转轍辙轎轿轔辚轝舆轟轰轡辔轢轹轤轳辦办辭辞辮辫辯辩農农迴回逕迳這这連连週周進进遊游運运過过達达違违遙遥遜逊遞递遠远適适遯遁遲迟遷迁選选遺遗遼辽邁迈還还邇迩邊边邏逻邐逦郟郏郵邮鄆郓鄉乡鄒邹鄔邬鄖郧鄧邓鄭郑鄰邻鄲郸鄴邺鄶郐鄺邝酇酂酈郦醃腌醖酝醜丑醞酝醫医醬酱醱酦醼宴釀酿釁衅釃酾釅酽釋释釐厘釒钅釓钆釔钇釕钌釗钊釘钉釙钋針针釣钓釤钐釦扣釧钏釩钒釵钗釷钍釹钕釺钎鈀钯鈁钫鈃钘鈄钭鈈钚鈉钠鈍钝鈎钩鈐钤鈑钣鈒钑鈔钞鈕钮鈞钧鈣钙鈥钬鈦钛鈧钪鈮铌鈰铈鈳钶鈴铃鈷钴鈸钹鈹铍鈺钰鈽钸鈾铀鈿钿鉀钾鉅钜鉈铊鉉铉鉋铇鉍铋鉑铂鉕钷鉗钳鉚铆鉛铅鉞钺鉢钵鉤钩鉦钲鉨鿭鉬钼鉭钽鉶铏鉸铰鉺铒鉻铬鉿铪銀银銃铳銅铜銍铚銑铣銓铨銖铢銘铭銚铫銛铦銜衔銠铑銣铷銥铱銦铟銨铵銩铥銪铕銫铯銬铐銱铞銲焊銳锐銷销銹锈銻锑銼锉鋁铝鋃锒鋅锌鋇钡鋌铤鋏铗鋒锋鋙铻鋝锊鋟锓鋣铘鋤锄鋥锃鋦锔鋨锇鋩铓鋪铺鋭锐鋮铖鋯锆鋰锂鋱铽鋶锍鋸锯鋼钢錁锞錄录錆锖錇锫錈锩錏铔錐锥錒锕錕锟錘锤錙锱錚铮錛锛錟锬錠锭錡锜錢钱錦锦錨锚錩锠錫锡錮锢錯错録录錳锰錶表錸铼鍀锝鍁锨鍃锪鍆钔鍇锴鍈锳鍊炼鍋锅鍍镀鍔锷鍘铡鍚钖鍛锻鍠锽鍤锸鍥锲鍩锘鍬锹鍰锾鍵键鍶锶鍺锗鍾钟鎂镁鎄锿鎇镅鎊镑鎔镕鎖锁鎗枪鎘镉鎚锤鎛镈鎡镃鎢钨鎣蓥鎦镏鎧铠鎩铩鎪锼鎬镐鎮镇鎰镒鎲镋鎳镍鎵镓鎶鿔鎸镌鎿镎鏃镞鏇镟鏈链鏌镆鏍镙鏐镠鏑镝鏗铿鏘锵鏜镗鏝镘鏞镛鏟铲鏡镜鏢镖鏤镂鏨錾鏰镚鏵铧鏷镤鏹镪鏺䥽鏽锈鐃铙鐋铴鐐镣鐒铹鐓镦鐔镡鐘钟鐙镫鐝镢鐠镨鐦锎鐧锏鐨镄鐫镌鐮镰鐯䦃鐲镯鐳镭鐵铁鐶镮鐸铎鐺铛鐿镱鑄铸鑈鿭鑊镬鑌镔鑑鉴鑒鉴鑔镲鑕锧鑞镴鑠铄鑣镳鑥镥鑭镧鑰钥鑱镵鑲镶鑷镊鑹镩鑼锣鑽钻鑾銮鑿凿钁䦆長长門门閂闩閃闪閆闫閈闬閉闭開开閌闶閎闳閏闰閑闲閒闲間间閔闵閘闸閡阂関关閣阁閥阀閧哄閨闺閩闽閫阃閬阆閭闾閱阅閲阅閶阊閹阉閻阎閼阏閽阍閾阈閿阌闃阒闆板闇暗闈闱闊阔闋阕闌阑闍阇闐阗闒阘闓闿闔阖闕阙闖闯闘斗關关闞阚闠阓闡阐闢辟闤阛闥闼阨厄阪坂陘陉陝陕陞升陣阵陰阴陳陈陸陆陽阳隄堤隉陧隊队階阶隕陨際际隨随險险隱隐隴陇隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霑沾霢霡霧雾霽霁靂雳靄霭靆叇靈灵靉叆靚靓靜静靦腼靨靥靷纼鞀鼗鞏巩鞝绱鞽鞒韁缰韃鞑韉鞯韋韦韌韧韍韨韓韩韙韪韜韬韞韫韮韭韻韵響响頁页頂顶頃顷項项順顺頇顸須须頊顼頌颂頎颀頏颃預预頑顽頒颁頓顿頗颇領领頜颌頡颉頤颐頦颏頭头頮颒頰颊頲颋頴颕頷颔頸颈頹颓頻频頽颓顆颗題题額额顎颚顏颜顒颙顓颛顔颜願愿顙颡顛颠類类顢颟顥颢顧顾顫颤顬颥顯显顰颦顱颅顳颞顴颧風风颭飐颮飑颯飒颱台颳刮颶飓颸飔颺飏颻飖颼飕飀飗飄飘飆飙飈飚飛飞飠饣飢饥飣饤飥饦飩饨飪饪飫饫飭饬飯饭飲饮飴饴飼饲飽饱飾饰飿饳餃饺餄饸餅饼餉饷養养餌饵餎饹餏饻餑饽餒馁餓饿餕馂餖饾餘余餚肴餛馄餜馃餞饯餡馅館馆餬糊餱糇餳饧餵喂餶馉餷馇餺馎餼饩餽馈餾馏餿馊饁馌饃馍饅馒饈馐饉馑饊馓饋馈饌馔饑饥饒饶饗飨饜餍饞馋饢馕馬马馭驭馮冯馱驮馳驰馴驯馹驲駁驳駐驻駑驽駒驹駔驵駕驾駘骀駙驸駛驶駝驼駟驷駡骂駢骈駭骇駰骃駱骆駸骎駿骏騁骋騂骍騅骓騌骔騍骒騎骑騏骐騖骛騙骗騤骙騧䯄騫骞騭骘騮骝騰腾騶驺騷骚騸骟騾骡驀蓦驁骜驂骖驃骠驄骢驅驱驊骅驌骕驍骁驏骣驕骄驗验驚惊驛驿驟骤驢驴驤骧驥骥驦骦驪骊驫骉骯肮髏髅髒脏體体髕髌髖髋髮发鬀剃鬆松鬍胡鬚须鬢鬓鬥斗鬧闹鬨哄鬩阋鬭斗鬮阄鬱郁鬹鬶魎魉魘魇魚鱼魛鱽魢鱾魨鲀魯鲁魴鲂魷鱿魺鲄鮁鲅鮃鲆鮊鲌鮋鲉鮍鲏鮎鲇鮐鲐鮑鲍鮒鲋鮓鲊鮚鲒鮜鲘鮝鲞鮞鲕鮣䲟鮦鲖鮪鲔鮫鲛鮭鲑鮮鲜鮳鲓鮶鲪鮺鲝鯀鲧鯁鲠鯇鲩鯉鲤鯊鲨鯒鲬鯔鲻鯕鲯鯖鲭鯛鲷鯝鲴鯡鲱鯢鲵鯤鲲鯧鲳鯨鲸鯪鲮鯫鲰鯰鲶鯴鲺鯷鳀鯽鲫鯿鳊鰁鳈鰂鲗鰃鳂鰆䲠鰈鲽鰉鳇鰍鳅鰏鲾鰐鳄鰒鳆鰓鳃鰜鳒鰟鳑鰠鳋鰣鲥鰥鳏鰧䲢鰨鳎鰩鳐鰭鳍鰮鳁鰱鲢鰲鳌鰳鳓鰵鳘鰷鲦鰹鲣鰺鲹鰻鳗鰼鳛鰾鳔鱂鳉鱅鳙鱈鳕鱉鳖鱒鳟鱔鳝鱖鳜鱗鳞鱘鲟鱝鲼鱟鲎鱠鲙鱣鳣鱤鳡鱧鳢鱨鲿鱭鲚鱯鳠鱷鳄鱸鲈鱺鲡鳥鸟鳧凫鳩鸠鳬凫鳲鸤鳳凤鳴鸣鳶鸢鳾䴓鴆鸩鴇鸨鴉鸦鴒鸰鴕鸵鴛鸳鴝鸲鴞鸮鴟鸱鴣鸪鴦鸯鴨鸭鴯鸸鴰鸹鴴鸻鴷䴕鴻鸿鴿鸽鵁䴔鵂鸺鵃鸼鵐鹀鵑鹃鵒鹆鵓鹁鵜鹈鵝鹅鵠鹄鵡鹉鵪鹌鵬鹏鵮鹐鵯鹎鵲鹊鵷鹓鵾鹍鶄䴖鶇鸫鶉鹑鶊鹒鶓鹋鶖鹙鶘鹕鶚鹗鶡鹖鶥鹛鶩鹜鶪䴗鶬鸧鶯莺鶲鹟鶴鹤鶹鹠鶺鹡鶻鹘鶼鹣鷀鹚鷁鹢鷂鹞鷄鸡鷈䴘鷊鹝鷓鹧鷖鹥鷗鸥鷙鸷鷚鹨鷥鸶鷦鹪鷫鹔鷯鹩鷲鹫鷳鹇鷸鹬鷹鹰鷺鹭鷽鸴鷿䴙鸂㶉鸇鹯鸌鹱鸏鹲鸕鸬鸘鹴鸚鹦鸛鹳鸝鹂鸞鸾鹵卤鹹咸鹺鹾鹼碱鹽盐麗丽麤粗麥麦麩麸麯曲麴麹麵面麼么麽么黃黄黌黉點点黨党黲黪黴霉黶黡黷黩黽黾黿鼋鼇鳌鼈鳖鼉鼍鼕冬鼴鼹齊齐齋斋齎赍齏齑齒齿齔龀齕龁齗龂齙龅齜龇齟龃齠龆齡龄齣出齦龈齧啮齩咬齪龊齬龉齲龋齶腭齷龌龍龙龎厐龐庞龑䶮龔龚龕龛龜龟";
  var FOLD = {}, TRAD;
  for (var p = 0; p + 1 < T2S.length; p += 2) FOLD[T2S.charAt(p)] = T2S.charAt(p + 1);
  TRAD = new RegExp("[" + Object.keys(FOLD).join("") + "]", "g");
  function simplified(c) { return FOLD[c]; }
  // Thousands separators go ("7,900" is 7900), so a number is found however it is written; only
  // ASCII commas, before NFKD turns Chinese ones ("110，119") into commas too.
  // An apostrophe inside a word goes too: "xian" finds "Xi'an". A number from 10 to 99 written
  // in Chinese is read as digits, on both sides: "双十一" finds "双11", "二十万" finds "20万".
  var DIGIT = "〇一二三四五六七八九", TENS = /([一二三四五六七八九]?)十([一二三四五六七八九]?)/g;
  function tens(m, a, b) { return String((a ? DIGIT.indexOf(a) : 1) * 10 + (b ? DIGIT.indexOf(b) : 0)); }
  function norm(s) {
    return String(s || "").replace(/(\d),(?=\d{3}(?!\d))/g, "$1").replace(/(\p{L})['\u2019](?=\p{L})/gu, "$1").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(TRAD, simplified).replace(TENS, tens);
  }
  // Latin words and numbers only (CJK text is matched in `tight`): a CJK character ends a word,
  // so that "110" and "App" are words in "拨打110" and "下载App".
  function words(s) { return " " + norm(s).replace(CJKS, " ").replace(/[^\p{L}\p{N}]+/gu, " ") + " "; }
  function tight(s) { return norm(s).replace(/\s+/g, ""); }
  // An address or a number copied disarmed from a page ("hxxps://claim-center[.]example") is the address.
  function armed(s) { return String(s || "").replace(/\[(\.|:|@)\]/g, "$1").replace(/\bhxxp/gi, "http"); }
  // The fields apart ("|" stays in `tight`), so that no number runs on into the next field's.
  function prep(it) {
    // The slug too ("2026-wuhan-double11"), and the indicators with their disarming undone: "[.]" is a dot, "hxxp" is "http".
    var slug = String(it.url || "").replace(/^.*\/cases\/|\/$/g, ""),
      marks = armed((it.indicators || []).join(" | "));
    var all = [it.title, it.summary, (it.types || []).join(" "), (it.tactics || []).join(" "), (it.campaigns || []).join(" "), it.region, it.loss, marks, slug, it.text].join(" | ");
    it._t = tight(it.title); it._a = tight(all); it._tw = words(it.title); it._aw = words(all);
    return it;
  }
  // A Latin word of the query without its inflection, matched as the start of a word:
  // "refunds", "refunded" and "refunding" find what "refund" finds; "scammed" finds "scam".
  function stem(k) {
    if (CJK.test(k) || k.length < 5) return k;
    var s = k.replace(/(?:ing|ed)$/, "");
    if (s.length < 4) s = k; // "speed", "string" are no inflections
    if (s === k) s = k.replace(/(?:(?:ch|sh|x|z)es|[^su]s)$/, function (m) { return m.length > 2 ? m.slice(0, -2) : m.slice(0, -1); });
    if (s !== k && /([b-df-hj-np-tv-z])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
    return s.length >= 3 ? s : k;
  }
  // Whether Chinese typed without spaces ("刷单诈骗", "冒充公检法") is in `t` as words of two to four
  // characters, in any order: "刷单" and "诈骗" both there. Tried when the whole is not there.
  function pieces(k, t) {
    if (k.length < 4 || k.length > 16 || /\d/.test(k)) return false;
    var can = [true];
    for (var i = 2; i <= k.length; i++) {
      can[i] = false;
      for (var j = Math.max(0, i - 4); j <= i - 2 && !can[i]; j++) can[i] = can[j] === true && t.indexOf(k.slice(j, i)) >= 0;
    }
    return can[k.length];
  }
  // CJK: substring, spaces ignored; Latin: every word is the start of a word, and a word of one or two
  // letters is whole ("AI" is not "air", "ID" not "identity"). A number is whole:
  // "35万" is not in "1.35万", "5" not in "15" or "50", and "2.1万" is not "2" and "1万".
  function hit(q, toks, t, w) {
    if (CJK.test(q)) {
      for (var at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) {
        if (!/^\d/.test(q) || at === 0 || !/[\d.]/.test(t.charAt(at - 1))) return true;
      }
      if (/\d/.test(q)) return false;
    }
    return toks.length > 0 && toks.every(function (k) {
      return CJK.test(k) ? t.indexOf(k) >= 0 || pieces(k, t) : w.indexOf(" " + k + (/^\d+$/.test(k) || k.length <= 2 ? " " : "")) >= 0;
    });
  }
  // The query whole, spaces ignored, and its words.
  function parse(raw) {
    raw = armed(raw);
    return { q: tight(raw), toks: norm(raw).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem) };
  }
  function search(raw) {
    var p = parse(raw), q = p.q, toks = p.toks;
    return q ? items.filter(function (it) {
      it._h = hit(q, toks, it._t, it._tw);
      return it._h || hit(q, toks, it._a, it._aw);
    }).sort(function (a, b) {
      return (b._h - a._h) || String(b.date).localeCompare(String(a.date));
    }) : null;
  }
  // A date as the pages write it ("25 October 2019", "2019年10月25日"), the ISO form if it cannot be read.
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
    if (!m || !window.Intl) return iso;
    try {
      return new Intl.DateTimeFormat(hant ? "zh-TW" : zh ? "zh-CN" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
        .format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
    } catch (x) { return iso; }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // The scam types and red flags the page lists, each hidden: a query in a name (or an address) shows its term above the cases.
  var termBox = document.getElementById("term-results"), terms = termBox ? Array.prototype.map.call(termBox.querySelectorAll("li"), function (li) {
    var a = li.querySelector("a"), name = a ? a.textContent : "", slug = a ? a.getAttribute("href").replace(/\/$/, "").replace(/^.*\//, "") : "";
    return { li: li, kind: (li.querySelector(".kind") || {}).textContent, t: tight(name), w: words(name + " " + slug) };
  }) : [];
  // Not a word every term of a kind has ("诈骗" in each scam type's name): it picks none of them out.
  function showTerms(raw) {
    if (!termBox) return;
    var p = parse(raw), kinds = {}, shown = 0;
    terms.forEach(function (it) {
      var k = kinds[it.kind] = kinds[it.kind] || { all: 0, hits: 0 };
      it.hit = !!p.q && hit(p.q, p.toks, it.t, it.w);
      k.all++;
      if (it.hit) k.hits++;
    });
    terms.forEach(function (it) {
      var k = kinds[it.kind];
      it.li.hidden = !(it.hit && (k.hits < k.all || k.all < 3));
      if (!it.li.hidden) shown++;
    });
    termBox.hidden = !shown;
  }
  function show(raw) {
    showTerms(raw);
    if (!items) return;
    var found = search(raw), q = raw.trim(), n, list;
    // A query pasted whole is not read out whole.
    if (q.length > 60) q = q.slice(0, 57) + "…";
    out.textContent = "";
    status.textContent = "";
    if (!found) return;
    n = found.length;
    status.textContent = hant
      ? (n ? "找到 " + n + " 起與「" + q + "」相關的案例。" : "沒有找到與「" + q + "」相關的案例。")
      : zh ? (n ? "找到 " + n + " 起与“" + q + "”相关的案例。" : "没有找到与“" + q + "”相关的案例。")
      : (n ? n + (n === 1 ? " case matches “" : " cases match “") + q + "”" : "No cases match “" + q + "”.");
    if (!n) {
      // The same search in the bulletin's other languages: a case may be published only in one of them.
      // The other language named in this page's ("Chinese", "英语"), not in its own ("中文", "English").
      // Not in a language this query was searched in already ("tried"): the offer would go round in a circle.
      var tried = raw.trim() === asked ? triedIn : [];
      others().filter(function (a) { return tried.indexOf(a.hreflang) < 0; }).forEach(function (a) {
        var name = a.textContent;
        try { name = new Intl.DisplayNames([document.documentElement.lang], { type: "language" }).of(a.hreflang) || name; } catch (e) {}
        var u = new URL(a.href), p = out.appendChild(el("p", "elsewhere")), link = el("a", null, hant ? "在" + name + "版中搜尋「" + q + "」"
          : zh ? "在" + name + "版中搜索“" + q + "”" : "Search the " + name + " cases for “" + q + "”");
        u.searchParams.set("q", raw.trim());
        u.searchParams.set("tried", tried.concat([lang]).join(" "));
        link.href = u.href;
        link.hreflang = a.hreflang;
        p.appendChild(link);
      });
      return;
    }
    list = out.appendChild(el("ol", "results"));
    found.forEach(function (it) {
      var li = list.appendChild(el("li")), a = el("a", null, it.title), meta = el("p", "meta"), t = el("time", null, day(it.date));
      a.href = new URL(it.url, root).href;
      li.appendChild(el("h2")).appendChild(a);
      t.dateTime = it.date;
      meta.appendChild(t);
      if (it.region) meta.appendChild(document.createTextNode(" · " + it.region));
      if (it.types && it.types.length) meta.appendChild(document.createTextNode(" · " + it.types.join(zh ? "；" : "; ")));
      li.appendChild(meta);
      if (it.summary) li.appendChild(el("p", null, it.summary));
    });
  }
  // The language switcher's links to the other languages' search pages.
  function others() {
    var links = document.querySelectorAll ? document.querySelectorAll("a[hreflang][lang]") : [];
    return Array.prototype.filter.call(links, function (a) { return /\/search\/(\?|$)/.test(a.href); });
  }
  // The address keeps the query searched, so that a copied link shows the same results; so do the
  // links to the other languages' search pages.
  function run() {
    clearTimeout(timer);
    var u = new URL(location.href), q = input.value.trim();
    if (q) u.searchParams.set("q", q); else u.searchParams.delete("q");
    if (q !== asked) u.searchParams.delete("tried");
    if (u.href !== location.href) try { history.replaceState(null, "", u.href); } catch (x) { /* file: */ }
    others().forEach(function (a) {
      var v = new URL(a.href);
      if (q) v.searchParams.set("q", q); else v.searchParams.delete("q");
      a.href = v.href;
    });
    show(input.value);
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  // Not while an input method is composing: pinyin ("kuai'di") is no query yet; its characters come at compositionend.
  input.addEventListener("input", function (e) { clearTimeout(timer); if (!e.isComposing) timer = setTimeout(run, 250); });
  input.addEventListener("compositionend", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
  // The query this page was opened with, and the languages it was searched in before ("tried", set by the offer above).
  var params = new URLSearchParams(location.search), asked = (params.get("q") || "").trim(),
    triedIn = (params.get("tried") || "").split(" ").filter(Boolean);
  input.value = params.get("q") || "";
  fetch(new URL(rel, location.href).href).then(function (r) { return r.json(); }).then(function (data) {
    items = (Array.isArray(data) ? data : []).map(prep);
    run();
  }).catch(function () {
    status.textContent = hant ? "搜尋索引無法載入。" : zh ? "搜索索引无法加载。" : "The search index could not be loaded.";
  });
})();
