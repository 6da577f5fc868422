"""Concepts in equipment and mobility: robots, manufacturing, 3D printing, aerospace, ships,
rail, electric and intelligent vehicles."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "cobot-welding",
        "robotics advanced-manufacturing",
        """
        Collaborative welding robot with seam tracking programmed by demonstration
        collaborative welding robots
        Small metalworking shops cannot find skilled welders, but classic welding robots need safety cages and offline programming that only pays off for large batches.
        A collaborative arm with a laser seam-tracking sensor is taught by guiding the torch along the joint by hand. The controller corrects the path for part tolerances in real time and stores programs for repeat orders.
        metal fabrication shops; agricultural and construction machinery; steel furniture; shipyard block welding
        programming a new part in under 10 minutes; no safety cage needed; seam tracking compensates ±3 mm tolerances; MIG, MAG and TIG processes
        collaborative robot; welding robot; seam tracking; teach by demonstration; cobot
        """,
        """
        示教编程与焊缝跟踪的协作焊接机器人
        协作焊接机器人
        中小金属加工企业招不到熟练焊工，而传统焊接机器人需要安全围栏和离线编程，只适合大批量生产。
        配备激光焊缝跟踪传感器的协作机械臂，操作人员手动牵引焊枪沿焊缝示教即可完成编程；控制器实时修正工件公差带来的路径偏差，并保存程序供返单使用。
        钣金与金属结构加工；农机和工程机械；钢制家具；船舶分段焊接
        新零件编程少于10分钟；无需安全围栏；焊缝跟踪补偿±3毫米公差；支持MIG、MAG和TIG工艺
        协作机器人；焊接机器人；焊缝跟踪；拖动示教；智能焊接
        """,
    ),
    concept(
        "bin-picking",
        "robotics ai instruments",
        """
        3D vision bin-picking system for randomly placed parts
        robotic bin picking
        Feeding machines with parts that arrive jumbled in boxes is still done by hand, because vibratory feeders must be rebuilt for each part and 2D vision cannot handle overlapping parts.
        A structured-light 3D camera captures the bin, a neural network segments the parts and estimates their poses, and a grasp planner chooses a collision-free pick for the robot. New parts are added from their CAD file.
        machine tending; automotive parts; logistics and e-commerce picking; metal stamping
        cycle time below 4 seconds per pick; new part added from CAD in an hour; handles shiny and dark surfaces; works with major robot brands
        bin picking; 3D vision; structured light; grasp planning; pose estimation
        """,
        """
        面向无序堆放工件的3D视觉机器人抓取系统
        机器人无序抓取
        杂乱堆放在料箱中的零件上料至今仍依赖人工，振动盘需为每种零件重新设计，二维视觉也无法处理相互重叠的零件。
        结构光3D相机采集料箱图像，神经网络分割零件并估计位姿，抓取规划算法为机器人选择无碰撞的抓取方式；新零件可由CAD文件直接导入。
        机床上下料；汽车零部件；物流与电商拣选；冲压件
        单次抓取节拍小于4秒；新零件一小时内由CAD导入；可处理反光和深色表面；兼容主流机器人品牌
        无序抓取；3D视觉；结构光；抓取规划；位姿估计
        """,
    ),
    concept(
        "hospital-service-robot",
        "robotics medical-devices ai",
        """
        Autonomous delivery robot for medicines and samples in hospitals
        hospital logistics robots
        Nurses spend a large share of their shifts carrying medicines, samples and linen between wards, pharmacy and laboratory.
        An autonomous mobile robot with lockable drawers navigates corridors with lidar and cameras, calls lifts and opens doors through building interfaces, and hands over items after staff authenticate with a badge or fingerprint.
        hospitals; elderly care homes; laboratories; hotels
        no changes to the building apart from lift and door interfaces; secure drawers with access log; autonomous charging; fleet management for dozens of robots
        service robot; autonomous mobile robot; hospital logistics; navigation; healthcare robot
        """,
        """
        医院药品与标本自主配送机器人
        医院物流配送机器人
        护士大量工作时间用于在病房、药房和检验科之间运送药品、标本和被服。
        配备带锁抽屉的自主移动机器人利用激光雷达和摄像头在走廊中导航，通过楼宇接口自主乘梯、开门，医护人员刷卡或指纹验证后取件。
        医院；养老机构；检验实验室；酒店
        除电梯和门禁接口外无需改造建筑；安全抽屉全程留痕；自主充电；可调度数十台机器人
        服务机器人；自主移动机器人；医院物流；导航；医疗机器人
        """,
    ),
    concept(
        "predictive-maintenance-spindle",
        "advanced-manufacturing ai instruments",
        """
        Predictive maintenance of machine-tool spindles from vibration and current signatures
        predictive maintenance for machine tools
        Unexpected spindle and bearing failures stop machining lines for days and scrap expensive workpieces, while time-based maintenance replaces healthy parts.
        Accelerometers and the drive's current signals are analysed on an edge device; a model trained on run-to-failure data estimates remaining useful life and warns weeks in advance. It retrofits to existing CNC machines.
        automotive powertrain machining; aerospace parts; mould and die shops; CNC machine builders
        failure warnings two to six weeks in advance; retrofit in under two hours per machine; fewer than 5% false alarms; works with major CNC controllers
        predictive maintenance; machine tool; spindle; vibration analysis; remaining useful life
        """,
        """
        基于振动和电流特征的机床主轴预测性维护技术
        机床预测性维护
        主轴和轴承突发故障会导致加工线停产数天并造成昂贵工件报废，而定期维护又会更换尚可使用的零件。
        在边缘设备上分析加速度传感器和驱动电流信号，基于全寿命试验数据训练的模型估算剩余寿命，可提前数周预警；可加装于现有数控机床。
        汽车动力总成加工；航空零部件；模具企业；数控机床制造商
        提前2至6周预警故障；单台机床加装少于2小时；误报率低于5%；兼容主流数控系统
        预测性维护；数控机床；主轴；振动分析；剩余寿命预测
        """,
    ),
    concept(
        "ultrasonic-machining",
        "advanced-manufacturing new-materials aerospace",
        """
        Ultrasonic-assisted machining of carbon-fibre composites and ceramics
        machining of hard and brittle materials
        Drilling and milling carbon-fibre composites, ceramics and glass causes delamination, chipping and rapid tool wear, and parts are often scrapped at the last step.
        A tool holder with an integrated piezoelectric actuator superimposes ultrasonic vibration on the cutting motion, reducing cutting forces and heat. It fits standard machining centres via an HSK or BT interface with contactless power transfer.
        aircraft composite structures; ceramic components for semiconductors; optical glass; medical implants
        cutting forces reduced by up to 40%; delamination-free drilling of CFRP; tool life doubled; fits standard machining centres
        ultrasonic machining; composite machining; ceramics; tool holder; precision machining
        """,
        """
        碳纤维复合材料与陶瓷超声辅助加工技术
        硬脆材料超声加工
        碳纤维复合材料、陶瓷和玻璃在钻铣加工中容易出现分层、崩边和刀具快速磨损，零件常在最后工序报废。
        集成压电作动器的刀柄在切削运动上叠加超声振动，降低切削力和切削热；通过HSK或BT接口和非接触供电安装在标准加工中心上。
        飞机复合材料结构件；半导体陶瓷部件；光学玻璃；医用植入物
        切削力降低最多40%；碳纤维复合材料钻孔无分层；刀具寿命提高一倍；适配标准加工中心
        超声加工；复合材料加工；陶瓷；刀柄；精密加工
        """,
    ),
    concept(
        "mes-scheduling",
        "advanced-manufacturing next-gen-it",
        """
        Finite-capacity production scheduling for high-mix low-volume factories
        advanced production scheduling
        Job shops with hundreds of orders and frequent rush jobs plan production on spreadsheets, leading to late deliveries, idle machines and overtime.
        A constraint-programming scheduler considers machine capacities, tooling, operator skills and material availability and reschedules within seconds when orders or breakdowns change the plan. Planners drag and drop on a Gantt chart.
        machining job shops; sheet-metal fabrication; electronics contract manufacturing; printing and packaging
        on-time delivery improved by 15-25 percentage points; rescheduling in seconds; ERP and MES connectors; what-if scenarios for sales quotes
        production scheduling; APS; constraint programming; job shop; smart manufacturing
        """,
        """
        面向多品种小批量工厂的有限产能高级排程系统
        高级计划排程
        订单多、插单频繁的离散加工企业依靠电子表格排产，导致交期延误、设备闲置和加班。
        约束规划排程引擎综合考虑设备产能、工装、人员技能和物料齐套情况，在订单变化或设备故障时秒级重排；计划员可在甘特图上拖拽调整。
        机加工车间；钣金加工；电子代工；印刷包装
        准时交付率提高15至25个百分点；秒级重排；对接ERP和MES；支持报价阶段情景模拟
        生产排程；高级计划排程；约束规划；离散制造；智能制造
        """,
    ),
    concept(
        "metal-am-titanium",
        "additive-manufacturing aerospace medical-devices",
        """
        Laser powder-bed fusion of titanium lattice implants and aerospace brackets
        metal additive manufacturing of titanium parts
        Titanium parts machined from solid waste up to 90% of expensive material, and conventional methods cannot produce the porous lattices that help bone grow into implants.
        Optimised laser powder-bed fusion parameters, lattice design software and a hot isostatic pressing and surface finishing route deliver dense brackets and porous implants with certified fatigue properties.
        orthopaedic and dental implants; aircraft brackets and ducts; satellite structures; motorsport
        buy-to-fly ratio close to 1.2; fatigue strength equivalent to wrought titanium after HIP; controlled porosity 50-80% for bone ingrowth; documented process for certification
        additive manufacturing; selective laser melting; titanium alloy; lattice structure; implant
        """,
        """
        钛合金点阵植入物与航空支架激光选区熔化增材制造技术
        钛合金金属3D打印
        由整块钛材加工零件的材料浪费高达90%，传统工艺也无法制造有助于骨长入的多孔点阵结构。
        优化的激光选区熔化工艺参数、点阵设计软件及热等静压与表面处理工艺，可制造致密的航空支架和具有认证疲劳性能的多孔植入物。
        骨科和齿科植入物；飞机支架和管路；卫星结构件；赛车零部件
        材料利用率接近1.2的买飞比；热等静压后疲劳强度与锻件相当；孔隙率50%～80%可控利于骨长入；工艺文件完整便于认证
        增材制造；激光选区熔化；钛合金；点阵结构；植入物
        """,
    ),
    concept(
        "wire-arc-am",
        "additive-manufacturing marine metallurgy",
        """
        Wire-arc additive manufacturing of large metal parts with in-process monitoring
        large-scale wire-arc 3D printing
        Large forged or cast parts such as propellers, valve bodies and mould frames have lead times of months, and spare parts for old equipment are no longer available.
        A robot-mounted welding torch deposits metal wire layer by layer; laser profile and thermal cameras monitor each layer and a controller adjusts heat input to keep geometry and microstructure in tolerance.
        ship propellers and marine parts; oil and gas valve bodies; large moulds; spare parts for heavy industry
        deposition rates of 3-8 kg/h; parts several metres long; material costs 50% below forging for small series; steel, nickel, aluminium and titanium alloys
        wire arc additive manufacturing; WAAM; large parts; in-process monitoring; metal 3D printing
        """,
        """
        具有在线监测的大型金属构件电弧增材制造技术
        电弧熔丝增材制造
        螺旋桨、阀体和模架等大型锻铸件交货期长达数月，老旧设备的备件也已无处采购。
        安装在机器人上的焊枪逐层熔敷金属丝材，激光轮廓仪和热像仪监测每一层，控制器调整热输入使几何尺寸和组织性能保持在公差范围内。
        船舶螺旋桨及海工部件；油气阀体；大型模具；重工业备件
        熔敷效率3～8千克/小时；可制造数米长构件；小批量材料成本比锻造低50%；适用于钢、镍、铝和钛合金
        电弧增材制造；大型构件；在线监测；金属3D打印；丝材
        """,
    ),
    concept(
        "ceramic-3d-printing",
        "additive-manufacturing new-materials medical-devices",
        """
        Vat photopolymerisation 3D printing of technical ceramics
        3D printing of technical ceramics
        Complex ceramic parts such as cores for turbine blades, catalyst supports and dental crowns need expensive moulds and long lead times.
        A ceramic-loaded photosensitive resin is cured layer by layer with a digital light projector; debinding and sintering cycles developed for the resin give dense alumina, zirconia and silicon nitride parts with fine features.
        investment-casting cores; dental crowns and bridges; catalyst carriers; semiconductor equipment parts
        density above 99.5% after sintering; features down to 50 µm; alumina, zirconia and silicon nitride; no moulds
        ceramic 3D printing; stereolithography; zirconia; alumina; digital light processing
        """,
        """
        技术陶瓷光固化3D打印技术
        陶瓷3D打印
        涡轮叶片型芯、催化剂载体和牙冠等复杂陶瓷零件需要昂贵模具，交货周期长。
        陶瓷填充的光敏树脂经数字光投影逐层固化，配套开发的脱脂和烧结工艺可获得致密、细节精细的氧化铝、氧化锆和氮化硅零件。
        精密铸造型芯；牙冠和牙桥；催化剂载体；半导体设备零部件
        烧结后致密度大于99.5%；最小特征尺寸50微米；适用于氧化铝、氧化锆和氮化硅；无需模具
        陶瓷3D打印；光固化；氧化锆；氧化铝；数字光处理
        """,
    ),
    concept(
        "composite-wing-inspection",
        "aerospace instruments new-materials",
        """
        Air-coupled ultrasonic and thermographic inspection of composite aircraft structures
        non-destructive inspection of composite structures
        Composite wings and fuselages must be inspected for hidden delamination and impact damage, but water-coupled ultrasonic testing is slow and unsuitable for maintenance hangars.
        A robot-carried head combines air-coupled ultrasound with active thermography, scanning large panels without water or contact. Software merges both results into a 3D damage map linked to the part's CAD model.
        aircraft manufacturers; maintenance, repair and overhaul shops; wind-turbine blade makers; composite part suppliers
        no couplant or immersion needed; scanning speed up to 1 m²/min; detects delaminations from 6 mm diameter; results mapped on the CAD model
        non-destructive testing; composites; ultrasonic inspection; thermography; aircraft maintenance
        """,
        """
        飞机复合材料结构空气耦合超声与红外热成像检测技术
        复合材料无损检测
        复合材料机翼和机身需检测内部分层和冲击损伤，但水耦合超声检测速度慢，不适合在维修机库中使用。
        机器人携带的检测头结合空气耦合超声和主动红外热成像，无需水和接触即可扫查大型壁板；软件将两种结果融合为与零件CAD模型关联的三维损伤图。
        飞机制造企业；航空维修企业；风电叶片制造商；复合材料零部件供应商
        无需耦合剂或水浸；扫查速度最高1平方米/分钟；可检出直径6毫米以上分层；结果映射至CAD模型
        无损检测；复合材料；超声检测；红外热成像；航空维修
        """,
    ),
    concept(
        "electric-aircraft-motor",
        "aerospace new-energy-vehicles energy-efficiency",
        """
        High power-density electric propulsion motor for light aircraft and eVTOL
        electric propulsion for aircraft
        Electric and hybrid aircraft need motors with very high power-to-weight ratios and redundancy that automotive motors cannot provide.
        A Halbach-array permanent-magnet motor with direct oil cooling and a segmented multi-phase winding delivers over 10 kW/kg and keeps flying after a phase or inverter failure.
        eVTOL air taxis; light training aircraft; cargo drones; hybrid-electric regional aircraft
        continuous power density above 10 kW/kg; fault-tolerant multi-phase design; efficiency above 96%; designed towards aviation certification
        electric propulsion; eVTOL; permanent magnet motor; power density; aviation
        """,
        """
        面向轻型飞机和电动垂直起降飞行器的高功率密度推进电机
        航空电推进电机
        电动和混合动力飞机需要功率重量比极高并具备冗余能力的电机，汽车电机无法满足要求。
        采用Halbach阵列永磁体、直接油冷和分段多相绕组的电机，功率密度超过10kW/kg，在某一相或逆变器故障时仍可继续飞行。
        电动垂直起降空中出租车；轻型教练机；物流无人机；混合电推进支线飞机
        持续功率密度大于10kW/kg；多相容错设计；效率大于96%；按适航认证要求设计
        电推进；电动垂直起降；永磁电机；功率密度；低空经济
        """,
    ),
    concept(
        "cubesat-propulsion",
        "aerospace space-remote-sensing",
        """
        Non-toxic electrospray propulsion module for small satellites
        small-satellite propulsion
        Most small satellites have no propulsion, so they cannot keep formation, avoid collisions or deorbit at end of life, and hydrazine thrusters are toxic and costly to handle.
        An electrospray thruster accelerates ions from a non-toxic ionic liquid through micro-fabricated emitter arrays. The module, with power electronics and tank, fits into a 1U volume.
        CubeSat and small-satellite makers; Earth-observation constellations; satellite servicing; deorbit services
        specific impulse above 1,500 s; fits 1U volume; non-toxic propellant with no pressurised tank; total impulse enough for deorbiting a 20 kg satellite
        electric propulsion; CubeSat; small satellite; electrospray; ionic liquid
        """,
        """
        小卫星无毒电喷雾推进模块
        小卫星电推进
        多数小卫星没有推进系统，无法保持编队、规避碰撞或在寿命末期离轨，而肼推力器有毒，操作成本高。
        电喷雾推力器通过微加工发射极阵列加速无毒离子液体中的离子，连同电源和贮箱的整个模块可装入1U空间。
        立方星和小卫星制造商；对地观测星座；在轨服务；离轨服务
        比冲大于1500秒；1U体积；无毒推进剂且无高压贮箱；总冲可满足20公斤卫星离轨
        电推进；立方星；小卫星；电喷雾；离子液体
        """,
    ),
    concept(
        "hull-air-lubrication",
        "marine energy-efficiency carbon-neutrality",
        """
        Air-lubrication system that reduces ship hull friction and fuel consumption
        air lubrication for ship hulls
        Shipowners must cut fuel use and CO2 emissions to meet IMO rules, and hull friction accounts for most of a slow-moving cargo ship's resistance.
        Compressors inject air through flush-mounted outlets in the flat bottom, forming a carpet of micro-bubbles that reduces friction. A control system adjusts airflow to draft, speed and sea state.
        bulk carriers and tankers; container ships; cruise ships and ferries; shipyards for newbuilds and retrofits
        net fuel savings of 5-10%; retrofit during a regular dry-docking; improves the ship's carbon intensity indicator rating; automatic control
        air lubrication; ship energy efficiency; hull friction; fuel saving; decarbonisation
        """,
        """
        降低船体摩擦阻力与油耗的气层减阻系统
        船舶气层减阻
        船东需降低油耗和二氧化碳排放以满足国际海事组织法规，而船体摩擦阻力在低速货船总阻力中占比最大。
        压缩机通过平底处齐平安装的出气口注入空气，在船底形成微气泡层以减小摩擦；控制系统根据吃水、航速和海况调节气量。
        散货船和油轮；集装箱船；邮轮和客滚船；新造船及改装船厂
        净节油5%～10%；可在常规坞修期间改装；改善船舶碳强度评级；自动控制
        气层减阻；船舶节能；摩擦阻力；节油；航运脱碳
        """,
    ),
    concept(
        "underwater-inspection-rov",
        "marine robotics instruments",
        """
        Autonomous underwater vehicle for inspecting subsea pipelines and offshore structures
        subsea inspection drones
        Inspecting offshore wind foundations, subsea pipelines and aquaculture nets needs divers or ship-supported remotely operated vehicles, which are expensive and weather-dependent.
        A hovering autonomous underwater vehicle with sonar, laser scanning and cameras follows structures using visual-acoustic navigation and returns to a docking station for charging and data upload between missions.
        offshore wind farms; subsea oil and gas pipelines; ports and dams; fish farms
        autonomous missions without a support vessel; resident operation with docking station; millimetre-level laser scans; operation in currents up to 3 knots
        autonomous underwater vehicle; subsea inspection; sonar; offshore wind; underwater robot
        """,
        """
        海底管道与海上结构物自主水下检测机器人
        水下检测机器人
        海上风电基础、海底管道和养殖网箱的检测依赖潜水员或需母船支持的遥控潜水器，费用高且受天气影响。
        可悬停的自主水下航行器搭载声呐、激光扫描仪和摄像头，利用视觉-声学组合导航跟踪结构物，任务间隙返回坞站充电并上传数据。
        海上风电场；海底油气管道；港口与大坝；海洋牧场
        无需母船支持自主作业；配合坞站长期驻留；毫米级激光扫描；可在3节海流中作业
        自主水下航行器；水下检测；声呐；海上风电；水下机器人
        """,
    ),
    concept(
        "lng-fuel-system",
        "marine oil-gas carbon-neutrality",
        """
        Ammonia- and methanol-ready fuel supply system for dual-fuel marine engines
        alternative-fuel systems for ships
        Shipowners ordering vessels today must prepare for methanol and ammonia fuels, whose toxicity and corrosiveness require new tank, piping and safety designs.
        A modular fuel supply system with double-walled piping, nitrogen purging, leak detection and a fuel preparation skid supplies dual-fuel engines, and can be converted from methanol to ammonia with limited changes.
        container and bulk newbuilds; ferries; offshore supply vessels; shipyards and engine makers
        class-approved design concept; conversion from methanol to ammonia prepared; ammonia slip and leak detection integrated; compact skid for engine rooms
        methanol fuel; ammonia fuel; marine fuel system; dual-fuel engine; shipping decarbonisation
        """,
        """
        面向双燃料船用发动机的甲醇/氨燃料供给系统
        船用替代燃料供给系统
        船东在订造新船时需为甲醇和氨燃料做准备，其毒性和腐蚀性要求全新的储罐、管路和安全设计。
        模块化燃料供给系统采用双壁管、氮气吹扫、泄漏检测和燃料处理撬块，为双燃料发动机供给燃料，并可经有限改造由甲醇切换为氨燃料。
        集装箱船和散货船新造船；渡轮；海工供应船；船厂和发动机制造商
        设计通过船级社原则认可；预留甲醇转氨燃料改造；集成氨逃逸与泄漏检测；紧凑撬装适合机舱布置
        甲醇燃料；氨燃料；船用燃料系统；双燃料发动机；航运脱碳
        """,
    ),
    concept(
        "rail-track-monitoring",
        "rail iot ai",
        """
        Onboard track-geometry and rail-defect monitoring from in-service trains
        track condition monitoring
        Track inspection trains run only a few times a year, so defects that develop between runs are found late and cause speed restrictions or derailments.
        A compact sensor box with accelerometers, a gyroscope and GNSS mounted on ordinary passenger or freight trains measures track geometry and detects rail defects every day; data is georeferenced and trended in the cloud.
        railway infrastructure managers; metro and tram operators; heavy-haul freight lines; maintenance contractors
        daily monitoring instead of a few inspections per year; installs in hours without modifying the train; defect location within 2 m; maintenance work orders generated automatically
        track monitoring; railway maintenance; rail defect; accelerometer; predictive maintenance
        """,
        """
        基于运营列车的轨道几何与钢轨缺陷在线监测技术
        轨道状态监测
        轨检车每年只运行几次，两次检测之间发展的病害发现滞后，导致限速甚至脱轨。
        安装在普通客运或货运列车上的紧凑型传感器盒集成加速度计、陀螺仪和卫星定位，每天测量轨道几何并识别钢轨缺陷，数据在云端进行定位和趋势分析。
        铁路基础设施管理单位；地铁和有轨电车运营商；重载货运线路；养护承包商
        每日监测替代每年数次检测；数小时完成安装无需改造车辆；病害定位精度2米以内；自动生成维修工单
        轨道监测；铁路养护；钢轨缺陷；加速度计；预测性维护
        """,
    ),
    concept(
        "regenerative-braking-storage",
        "rail energy-storage energy-efficiency",
        """
        Wayside supercapacitor storage that recovers braking energy of metro trains
        braking energy recovery for metros
        Metro trains brake dozens of times per hour; when no other train is accelerating nearby, the braking energy is burnt in resistors and heats the tunnels.
        A wayside storage unit with supercapacitors and a bidirectional DC/DC converter connected to the traction network absorbs braking energy and returns it when trains accelerate, also stabilising line voltage.
        metro and light-rail operators; tram networks; electrified suburban railways; traction power suppliers
        traction energy savings of 15-30%; supercapacitors rated for more than one million cycles; voltage support reduces substation peaks; containerised installation
        regenerative braking; supercapacitor; metro; traction power; energy recovery
        """,
        """
        地铁列车再生制动能量地面超级电容储能回收装置
        地铁制动能量回收
        地铁列车每小时制动数十次，附近没有其他列车加速时，制动能量只能消耗在电阻上并加热隧道。
        与牵引网相连的地面储能装置采用超级电容和双向DC/DC变换器，吸收列车制动能量并在列车启动加速时回馈，同时稳定网压。
        地铁和轻轨运营商；有轨电车网络；市域电气化铁路；牵引供电设备商
        牵引能耗节约15%～30%；超级电容循环寿命超过一百万次；网压支撑降低变电所峰值；集装箱式安装
        再生制动；超级电容；地铁；牵引供电；能量回收
        """,
    ),
    concept(
        "rail-noise-damper",
        "rail environmental-protection new-materials",
        """
        Tuned rail dampers and low-noise wheel design for urban railways
        railway noise reduction
        Residents near railway lines and metros complain about rolling noise and curve squeal, and noise barriers are expensive and unpopular in cities.
        Elastomer-steel tuned mass dampers clipped to the rail web absorb rail vibration over the main noise frequencies, and a constrained-layer damping treatment for wheels reduces curve squeal.
        urban railway lines; metro viaducts; tram networks; freight lines through towns
        rolling noise reduced by 3-6 dB(A); curve squeal virtually eliminated; clip-on installation during night possessions; no impact on track maintenance
        railway noise; rail damper; curve squeal; vibration damping; noise reduction
        """,
        """
        城市轨道交通钢轨调谐减振器与低噪声车轮技术
        轨道交通降噪
        铁路和地铁沿线居民投诉滚动噪声和曲线啸叫，而声屏障造价高，在城市中也不受欢迎。
        卡装在轨腰上的橡胶-钢调谐质量阻尼器在主要噪声频段吸收钢轨振动，车轮约束阻尼层处理可减少曲线啸叫。
        城市铁路；地铁高架线；有轨电车；穿城货运铁路
        滚动噪声降低3～6分贝；基本消除曲线啸叫；夜间天窗期卡装施工；不影响线路养护
        轨道交通噪声；钢轨阻尼器；曲线啸叫；减振；降噪
        """,
    ),
    concept(
        "ev-fast-charging",
        "new-energy-vehicles smart-grid energy-storage",
        """
        Battery-buffered ultra-fast EV charger for sites with weak grid connections
        fast charging for electric vehicles
        Highway services, depots and car parks want 350 kW charging, but upgrading the grid connection costs more than the chargers and takes years.
        A charger with an integrated lithium-iron-phosphate buffer battery draws modest power from the grid continuously and delivers bursts of up to 350 kW to vehicles. Its software also offers peak shaving and grid services.
        highway service areas; bus and truck depots; retail car parks; fleet operators
        350 kW charging from a 50-100 kW grid connection; installation without substation upgrade; earns revenue from grid services; modular power cabinets
        fast charging; EV charger; battery buffer; charging station; peak shaving
        """,
        """
        面向弱电网场景的储能缓冲式电动汽车超快充技术
        电动汽车超级快充
        高速服务区、场站和停车场希望提供350kW快充，但电网扩容费用超过充电设备本身，且需要数年时间。
        充电桩内置磷酸铁锂缓冲电池，持续从电网小功率取电，向车辆输出最高350kW的脉冲功率；软件还可实现削峰填谷和电网辅助服务。
        高速公路服务区；公交和物流场站；商超停车场；车队运营商
        50～100kW接入容量即可实现350kW充电；无需变电站扩容；可参与电网辅助服务获得收益；功率柜模块化
        超级快充；充电桩；储能缓冲；充电站；削峰填谷
        """,
    ),
    concept(
        "thermal-management-ev",
        "new-energy-vehicles energy-efficiency",
        """
        Integrated heat-pump thermal management module for electric vehicles
        EV thermal management
        In winter, electric vehicles lose up to 40% of their range to cabin and battery heating, and separate thermal circuits add weight, cost and assembly time.
        An integrated module combines a CO2 heat pump, coolant valves, pumps and battery chiller in one unit, recovering heat from motor, power electronics and ambient air. Model-based control picks the most efficient operating mode.
        electric passenger cars; electric buses; electric trucks; thermal-system suppliers
        winter range increased by 15-25%; 30% fewer parts and connections; natural refrigerant R744; works down to -30 °C
        thermal management; heat pump; electric vehicle; CO2 refrigerant; battery cooling
        """,
        """
        电动汽车一体化热泵热管理模块
        电动汽车热管理
        冬季电动汽车因座舱和电池加热损失高达40%的续航里程，分离的热管理回路还增加了重量、成本和装配时间。
        集成模块将二氧化碳热泵、冷却液阀、水泵和电池冷却器合为一体，回收电机、电力电子和环境空气中的热量，基于模型的控制选择最高效的运行模式。
        纯电动乘用车；电动客车；电动卡车；热管理系统供应商
        冬季续航提升15%～25%；零件和接口减少30%；采用天然工质R744；零下30℃可正常工作
        热管理；热泵；电动汽车；二氧化碳冷媒；电池冷却
        """,
    ),
    concept(
        "hydrogen-truck-fuel-cell",
        "new-energy-vehicles new-energy carbon-neutrality",
        """
        Long-life fuel-cell system for heavy-duty hydrogen trucks
        fuel-cell systems for heavy trucks
        Heavy trucks need long range and quick refuelling, but current fuel-cell stacks degrade too fast under the high loads and frequent start-stops of freight operation.
        A 200 kW fuel-cell system uses a degradation-tolerant catalyst layer, humidifier-free water management and a control strategy that avoids harmful voltage peaks, extending stack life towards 30,000 hours.
        heavy-duty trucks; city buses; port and mining vehicles; rail and marine auxiliary power
        stack life target 30,000 hours; rated power 200 kW; cold start at -30 °C; system efficiency above 55%
        fuel cell; hydrogen truck; PEM fuel cell; heavy-duty vehicle; durability
        """,
        """
        重型氢燃料电池卡车长寿命燃料电池系统
        重卡燃料电池系统
        重型卡车需要长续航和快速加注，但现有燃料电池电堆在货运的高负荷和频繁启停工况下衰减过快。
        200kW燃料电池系统采用耐衰减催化层、无增湿器水管理和避免有害电压峰值的控制策略，电堆寿命可接近3万小时。
        重型卡车；城市公交；港口和矿山车辆；轨道及船舶辅助动力
        电堆寿命目标3万小时；额定功率200kW；零下30℃冷启动；系统效率大于55%
        燃料电池；氢能重卡；质子交换膜燃料电池；重型商用车；耐久性
        """,
    ),
    concept(
        "lidar-perception",
        "intelligent-vehicles ai photonics",
        """
        Solid-state lidar and perception software for driver assistance and autonomous driving
        automotive lidar perception
        Camera-only driver assistance struggles at night, in glare and with unusual obstacles, but mechanical lidars are too expensive and fragile for series cars.
        A flash-and-scan solid-state lidar with a MEMS mirror and a single-photon detector array, combined with perception software that fuses lidar and camera data, detects vehicles, pedestrians and debris at up to 250 m.
        passenger cars with advanced driver assistance; robotaxis; autonomous trucks; port and mining vehicles
        detection range of 250 m at 10% reflectivity; automotive-grade solid-state design; target series price below USD 500; fused lidar-camera object list
        lidar; autonomous driving; sensor fusion; perception; ADAS
        """,
        """
        面向辅助驾驶与自动驾驶的固态激光雷达及感知软件
        车载激光雷达感知
        纯视觉辅助驾驶在夜间、强光和异形障碍物场景下表现不佳，而机械式激光雷达价格高、可靠性差，难以用于量产车。
        采用MEMS微振镜和单光子探测器阵列的半固态激光雷达，配合激光雷达与摄像头融合感知软件，可在250米距离检测车辆、行人和路面遗撒物。
        搭载高级辅助驾驶的乘用车；自动驾驶出租车；自动驾驶卡车；港口和矿区车辆
        10%反射率目标探测距离250米；车规级固态设计；量产目标价格低于500美元；输出融合目标列表
        激光雷达；自动驾驶；传感器融合；环境感知；高级辅助驾驶
        """,
    ),
    concept(
        "v2x-roadside",
        "intelligent-vehicles communications smart-city",
        """
        Roadside units and V2X software for cooperative intersection safety
        vehicle-to-infrastructure communication
        Many crashes happen at intersections where drivers and sensors cannot see crossing traffic, pedestrians or red-light runners in time.
        Roadside units with radar and cameras detect all road users at an intersection and broadcast their positions and signal phases over C-V2X, warning connected vehicles and giving priority to buses and emergency vehicles.
        city traffic departments; highway operators; bus operators; test zones for automated driving
        warnings sent within 100 ms; works with C-V2X and ITS-G5 standards; signal priority for buses and ambulances; open interface to traffic control centres
        V2X; C-V2X; roadside unit; cooperative driving; intersection safety
        """,
        """
        面向路口协同安全的路侧单元及车路协同软件
        车路协同
        许多事故发生在路口，驾驶员和车载传感器无法及时看到横向来车、行人或闯红灯车辆。
        配备雷达和摄像头的路侧单元检测路口所有交通参与者，通过C-V2X广播其位置和信号灯相位，向网联车辆发出预警，并为公交车和应急车辆提供优先通行。
        城市交通管理部门；高速公路运营方；公交企业；自动驾驶测试示范区
        预警发送时延小于100毫秒；支持C-V2X和ITS-G5标准；公交和救护车信号优先；开放接口对接交通指挥中心
        车路协同；C-V2X；路侧单元；协同驾驶；路口安全
        """,
    ),
    concept(
        "driver-monitoring",
        "intelligent-vehicles ai medical-devices",
        """
        Camera-based driver monitoring for drowsiness, distraction and health events
        driver monitoring systems
        Fatigue and distraction cause a large share of truck and bus accidents, and new regulations require driver monitoring in new vehicles.
        An infrared camera and an embedded neural network track eyelid closure, gaze and head pose and estimate heart rate from the face; the system warns the driver and the fleet manager and can detect sudden medical emergencies.
        truck and bus fleets; passenger-car makers; taxi and ride-hailing fleets; mining vehicles
        works with sunglasses and at night; meets EU driver drowsiness and attention warning requirements; heart rate estimation without contact; runs on automotive chips
        driver monitoring; drowsiness detection; computer vision; fleet safety; in-cabin sensing
        """,
        """
        基于摄像头的驾驶员疲劳、分心与健康异常监测系统
        驾驶员状态监测
        疲劳和分心驾驶是卡车和客车事故的主要原因之一，新法规要求新车配备驾驶员监测系统。
        红外摄像头和嵌入式神经网络跟踪眼睑闭合、视线和头部姿态，并从面部估算心率；系统向驾驶员和车队管理者报警，还可发现突发健康状况。
        卡车和客车车队；乘用车制造商；出租和网约车队；矿用车辆
        戴墨镜和夜间均可使用；满足欧盟疲劳与注意力预警法规要求；非接触式心率估算；可在车规芯片上运行
        驾驶员监测；疲劳检测；计算机视觉；车队安全；座舱感知
        """,
    ),
    concept(
        "gas-sensor-array",
        "instruments environmental-protection iot",
        """
        MEMS metal-oxide gas sensor array with machine-learning gas identification
        smart gas sensing
        Single gas sensors are cross-sensitive and drift, so low-cost air-quality and leak detectors give false alarms and cannot tell which gas is present.
        An array of differently doped metal-oxide sensors on a micro-hotplate is cycled through temperature profiles; a small on-chip model identifies and quantifies gases such as CO, NO2, VOCs and hydrogen while compensating drift.
        indoor air-quality monitors; battery-room and hydrogen leak detection; smart kitchens and appliances; industrial safety
        identifies more than 8 gases; power below 5 mW in pulsed mode; drift compensation extends calibration interval to 2 years; 3 × 3 mm package
        gas sensor; MEMS; metal oxide; electronic nose; air quality
        """,
        """
        基于机器学习气体识别的MEMS金属氧化物气体传感器阵列
        智能气体传感器
        单一气体传感器存在交叉敏感和漂移，低成本空气质量和泄漏检测器误报多，也无法分辨是哪种气体。
        在微热板上集成不同掺杂的金属氧化物敏感单元，按温度程序循环加热，片上小模型识别并定量CO、NO2、VOC和氢气等气体，同时补偿漂移。
        室内空气质量监测仪；电池室和氢气泄漏检测；智能厨房与家电；工业安全
        可识别8种以上气体；脉冲模式功耗低于5毫瓦；漂移补偿使校准周期延长至2年；封装尺寸3×3毫米
        气体传感器；MEMS；金属氧化物；电子鼻；空气质量
        """,
    ),
    concept(
        "fiber-bragg-sensing",
        "instruments photonics construction",
        """
        Fibre Bragg grating sensing system for structural health monitoring
        fibre-optic structural monitoring
        Bridges, tunnels, pipelines and wind-turbine blades need long-term strain and temperature monitoring, but electrical sensors suffer from corrosion, lightning and electromagnetic interference.
        Fibre Bragg grating sensors written into a single optical fibre measure strain and temperature at dozens of points; a compact interrogator reads them at up to 1 kHz and software raises alarms on trends.
        bridges and tunnels; wind turbine blades; pipelines; power transformers
        up to 40 sensors per fibre; immune to electromagnetic interference and lightning; sensor life over 20 years; measurement rate up to 1 kHz
        fibre Bragg grating; structural health monitoring; fibre-optic sensor; strain measurement; FBG
        """,
        """
        光纤光栅结构健康监测系统
        光纤结构健康监测
        桥梁、隧道、管道和风电叶片需要长期监测应变和温度，但电类传感器易受腐蚀、雷击和电磁干扰影响。
        在一根光纤上刻写的多个光纤布拉格光栅传感器可测量数十个点的应变和温度，小型解调仪以最高1kHz速率采集，软件根据趋势发出报警。
        桥梁与隧道；风电叶片；油气管道；电力变压器
        单根光纤可串接40个传感器；抗电磁干扰和雷击；传感器寿命超过20年；采样速率最高1kHz
        光纤光栅；结构健康监测；光纤传感器；应变测量；FBG
        """,
    ),
    concept(
        "portable-xrf",
        "instruments metallurgy mining",
        """
        Handheld X-ray fluorescence analyser with light-element detection for alloy sorting
        portable elemental analysis
        Scrap yards and metal processors must identify alloys quickly to avoid costly mix-ups, but portable analysers struggle with light elements such as magnesium, aluminium and silicon.
        A handheld XRF analyser with a large-area silicon drift detector, helium-free vacuum path and fundamental-parameter software measures elements from magnesium to uranium in seconds and matches the result to an alloy library.
        scrap metal recycling; metal fabrication quality control; mining exploration; positive material identification in refineries
        alloy grade identification in 2-5 seconds; light elements from magnesium without helium; library of more than 1,500 alloys; rugged IP54 housing
        X-ray fluorescence; XRF; alloy sorting; elemental analysis; handheld analyser
        """,
        """
        可检测轻元素的手持式X射线荧光合金分析仪
        便携式元素分析仪
        废金属回收和金属加工企业需要快速识别合金牌号以避免混料损失，但便携式分析仪难以检测镁、铝、硅等轻元素。
        手持式XRF分析仪采用大面积硅漂移探测器、免氦真空光路和基本参数法软件，数秒内测定从镁到铀的元素含量，并与合金牌号库比对。
        废金属回收；金属加工质量控制；矿产勘查；炼化企业材料可靠性鉴别
        2～5秒识别合金牌号；无需氦气即可检测镁等轻元素；内置1500余种合金牌号库；IP54坚固外壳
        X射线荧光；XRF；合金分选；元素分析；手持式分析仪
        """,
    ),
    concept(
        "ultrafast-laser-processing",
        "photonics advanced-manufacturing display",
        """
        Femtosecond laser processing of glass, sapphire and thin films without microcracks
        ultrafast laser micromachining
        Cutting and drilling brittle transparent materials for displays and semiconductors with mechanical tools or nanosecond lasers causes microcracks and chipping, lowering yield.
        A femtosecond fibre laser with burst mode and a Bessel-beam optic creates filaments through the material thickness; a subsequent cleaving step separates parts with clean edges. The system also drills micro-vias and patterns thin films.
        display cover glass; semiconductor wafers and packaging; medical device tubes; consumer electronics
        chipping below 5 µm; no microcracks or heat-affected zone; glass up to 2 mm cut in one pass; 50 W average power fibre laser
        femtosecond laser; ultrafast laser; glass cutting; micromachining; laser drilling
        """,
        """
        玻璃、蓝宝石与薄膜无微裂纹飞秒激光加工技术
        超快激光精密加工
        用机械刀具或纳秒激光切割、钻孔显示和半导体用脆性透明材料会产生微裂纹和崩边，降低良率。
        具备脉冲串模式的飞秒光纤激光器配合贝塞尔光束光学系统，在材料厚度方向形成丝状改性，再经裂片分离获得光洁边缘；系统还可进行微孔钻削和薄膜图形化。
        显示盖板玻璃；半导体晶圆与封装；医疗器械导管；消费电子
        崩边小于5微米；无微裂纹和热影响区；2毫米玻璃一次切透；50瓦平均功率光纤激光器
        飞秒激光；超快激光；玻璃切割；微加工；激光钻孔
        """,
    ),
    concept(
        "silicon-photonics-transceiver",
        "photonics communications integrated-circuits",
        """
        Silicon photonics 800G optical transceiver with co-packaged laser
        silicon photonics transceivers
        AI data centres need ever faster optical links, while discrete optical components make transceivers power-hungry and hard to assemble at volume.
        Modulators, multiplexers and photodetectors are integrated on a silicon photonics chip with a flip-chip bonded laser; wafer-level testing and passive fibre alignment enable high-volume assembly of 800G modules.
        AI and cloud data centres; telecom operators; high-performance computing; optical module makers
        power below 12 W for 800G; wafer-level testing; passive fibre alignment; compatible with co-packaged optics roadmaps
        silicon photonics; optical transceiver; 800G; data centre; photonic integrated circuit
        """,
        """
        集成激光器的800G硅光光模块
        硅光光模块
        AI数据中心需要速率不断提高的光互连，而分立光器件使光模块功耗高、难以规模化组装。
        调制器、复用器和探测器集成在硅光芯片上，激光器倒装键合；晶圆级测试和无源光纤耦合实现800G光模块大批量组装。
        AI和云数据中心；电信运营商；高性能计算；光模块厂商
        800G功耗低于12瓦；晶圆级测试；无源光纤对准；兼容共封装光学技术路线
        硅光；光模块；800G；数据中心；光子集成芯片
        """,
    ),
    concept(
        "laser-cleaning",
        "photonics environmental-protection advanced-manufacturing",
        """
        Pulsed laser cleaning for rust, paint and oxide removal without chemicals
        laser surface cleaning
        Sandblasting and chemical stripping of rust, paint and oxide layers create dust, waste and health risks, and damage delicate substrates.
        A high-power pulsed fibre laser with a scanning head ablates contaminants selectively, leaving the base material intact. The system is handheld or robot-guided and an optical sensor stops the process when the surface is clean.
        mould cleaning; pre-treatment before welding and coating; ship and bridge maintenance; heritage restoration
        no abrasives, chemicals or secondary waste; substrate not damaged; cleaning rate up to 10 m²/h; automatic end-point detection
        laser cleaning; rust removal; paint stripping; surface treatment; fibre laser
        """,
        """
        无需化学品的脉冲激光除锈除漆清洗技术
        激光清洗
        喷砂和化学脱漆去除锈层、漆层和氧化层会产生粉尘和废液，危害健康，还会损伤精密基材。
        高功率脉冲光纤激光器配合扫描头选择性烧蚀污染层而不损伤基材，可手持或由机器人引导作业，光学传感器在表面清洁后自动停止。
        模具清洗；焊接与涂装前处理；船舶和桥梁维护；文物修复
        无磨料、无化学品、无二次废物；不损伤基材；清洗效率最高10平方米/小时；自动终点检测
        激光清洗；除锈；脱漆；表面处理；光纤激光器
        """,
    ),
    concept(
        "microled-transfer",
        "display integrated-circuits photonics",
        """
        Laser mass transfer and repair of micro-LEDs for display manufacturing
        micro-LED mass transfer
        Micro-LED displays promise brightness and efficiency beyond OLED, but placing millions of tiny LEDs accurately and repairing defective pixels is too slow and costly.
        A laser-induced forward transfer process moves thousands of micro-LEDs per shot from the growth wafer onto the backplane with micrometre accuracy; an inspection and laser repair step replaces faulty pixels.
        smartwatch and AR displays; large video walls; automotive displays; display equipment makers
        transfer rate above 100 million chips per hour; placement accuracy ±1.5 µm; yield above 99.99% after repair; chips down to 10 µm
        micro-LED; mass transfer; laser transfer; display manufacturing; pixel repair
        """,
        """
        Micro-LED激光巨量转移与修复技术
        Micro-LED巨量转移
        Micro-LED显示的亮度和能效超过OLED，但精确放置数百万颗微小LED并修复坏点速度慢、成本高。
        激光诱导前向转移工艺每次脉冲将数千颗Micro-LED从外延晶圆精确转移到背板上，精度达微米级；检测和激光修复工序更换失效像素。
        智能手表和AR显示；大型LED显示屏；车载显示；显示设备制造商
        转移速度每小时超过1亿颗；放置精度±1.5微米；修复后良率大于99.99%；芯片尺寸可小至10微米
        Micro-LED；巨量转移；激光转移；显示制造；像素修复
        """,
    ),
    concept(
        "quantum-dot-film",
        "display new-materials",
        """
        Cadmium-free quantum-dot colour conversion film with high stability
        quantum-dot colour conversion
        Wide-colour-gamut displays use quantum dots, but cadmium-based dots are restricted and indium phosphide dots degrade under blue light, heat and moisture.
        Indium phosphide quantum dots with a thick zinc selenide-sulphide shell are embedded in a barrier-free polymer matrix; the film converts blue LED light to pure red and green and passes accelerated ageing tests without barrier films.
        LCD TVs and monitors; micro-LED colour conversion; automotive displays; horticultural and special lighting
        cadmium-free and RoHS compliant; colour gamut above 90% of BT.2020; no barrier film needed; stable after 1,000 h at 85 °C and 85% humidity
        quantum dot; colour conversion; indium phosphide; display; wide colour gamut
        """,
        """
        高稳定性无镉量子点色转换膜
        量子点色转换膜
        广色域显示采用量子点，但含镉量子点受法规限制，磷化铟量子点在蓝光、高温和潮湿条件下易衰减。
        具有厚硫硒化锌壳层的磷化铟量子点分散在无需阻隔层的聚合物基体中，薄膜将蓝光LED转换为纯正红光和绿光，无需阻隔膜即可通过加速老化测试。
        液晶电视和显示器；Micro-LED色转换；车载显示；植物照明和特种照明
        无镉、符合RoHS；色域大于BT.2020的90%；无需阻隔膜；85℃、85%湿度下1000小时稳定
        量子点；色转换；磷化铟；显示；广色域
        """,
    ),
    concept(
        "human-centric-lighting",
        "display energy-efficiency medical-devices",
        """
        Tunable human-centric LED lighting that follows the daylight cycle
        circadian lighting
        People spend most of the day indoors under constant artificial light, which disturbs sleep rhythms of shift workers, patients and older people.
        A tunable-white LED luminaire with a cyan-enhanced spectrum and a controller that follows the local daylight cycle adjusts intensity and colour temperature through the day; sensors cut energy use when daylight is sufficient.
        hospitals and care homes; offices; schools; control rooms and night-shift workplaces
        colour temperature 2,200-6,500 K; melanopic stimulation adjustable by time of day; 60% energy savings with daylight and presence sensors; DALI-2 and Bluetooth mesh control
        human-centric lighting; circadian rhythm; tunable white LED; smart lighting; well-being
        """,
        """
        跟随自然光节律的可调光谱健康照明技术
        节律健康照明
        人们一天大部分时间待在恒定的人工照明下，干扰了倒班人员、病人和老年人的睡眠节律。
        采用增强青光光谱的可调白光LED灯具和跟随当地日光周期的控制器，全天自动调节照度和色温；传感器在日光充足时降低能耗。
        医院和养老院；办公室；学校；控制室和夜班工作场所
        色温2200～6500K可调；按时段调节节律刺激强度；结合日光和人体传感器节能60%；支持DALI-2和蓝牙Mesh控制
        健康照明；节律照明；可调白光LED；智能照明；人因照明
        """,
    ),
    concept(
        "exoskeleton",
        "robotics medical-devices advanced-manufacturing",
        """
        Passive-active shoulder and back exoskeleton for overhead and lifting work
        industrial exoskeletons
        Workers who lift parcels or work with arms raised on assembly lines suffer musculoskeletal disorders, the main cause of sick leave in industry and logistics.
        A lightweight exoskeleton combines spring-based support with small electric actuators that add assistance only when sensors detect lifting or overhead postures; it adapts to the wearer's height in seconds.
        automotive assembly; logistics and parcel handling; construction trades; hospital patient handling
        reduces shoulder and lower-back muscle load by 30-50%; weight under 4 kg; battery lasts a full shift; put on in under 30 seconds
        exoskeleton; ergonomics; wearable robot; musculoskeletal disorders; assistive device
        """,
        """
        面向举升与仰头作业的主被动复合肩背外骨骼
        工业外骨骼
        搬运包裹或在装配线上长时间举臂作业的工人易患肌肉骨骼疾病，这是制造和物流行业病假的主要原因。
        轻量化外骨骼将弹簧支撑与小型电驱动相结合，仅在传感器识别到举升或仰头姿态时增加助力，数秒内即可适配穿戴者身高。
        汽车总装；物流与快递分拣；建筑施工；医院病人搬运
        肩部和下背部肌肉负荷降低30%～50%；重量小于4公斤；电池续航一个班次；30秒内完成穿戴
        外骨骼；人因工程；可穿戴机器人；肌肉骨骼疾病；助力装备
        """,
    ),
    concept(
        "cold-spray-repair",
        "advanced-manufacturing additive-manufacturing aerospace",
        """
        Cold spray repair of worn and corroded high-value metal components
        cold spray component repair
        Worn shafts, corroded aircraft parts and damaged moulds are often scrapped because welding repairs introduce heat, distortion and cracks.
        Metal powder accelerated to supersonic speed in a heated gas jet bonds to the part without melting, rebuilding worn areas with dense deposits that are then machined to size. A robot and process database ensure repeatable quality.
        aircraft maintenance; mould and die repair; pumps, valves and shafts; electronics heat sinks
        no melting, distortion or heat-affected zone; aluminium, copper, nickel and titanium alloys; repair cost 30-70% below new parts; qualified procedures for aerospace parts
        cold spray; remanufacturing; component repair; surface engineering; metal deposition
        """,
        """
        高价值金属零部件磨损与腐蚀冷喷涂修复技术
        冷喷涂修复再制造
        磨损的轴类、腐蚀的航空零件和损伤的模具常被报废，因为焊接修复带来热输入、变形和裂纹。
        金属粉末在加热气流中被加速至超音速，在不熔化的状态下与零件结合，致密沉积层修复磨损区域后再加工至尺寸；机器人和工艺数据库保证质量稳定。
        航空维修；模具修复；泵、阀和轴类零件；电子散热器
        无熔化、无变形、无热影响区；适用于铝、铜、镍和钛合金；修复成本比新件低30%～70%；已有航空零件合格工艺
        冷喷涂；再制造；零部件修复；表面工程；金属沉积
        """,
    ),
    concept(
        "sand-mould-printing",
        "additive-manufacturing metallurgy advanced-manufacturing",
        """
        Binder-jet 3D printing of sand moulds and cores for foundries
        3D-printed sand moulds for casting
        Foundries wait weeks for wooden or metal patterns before casting prototypes or spare parts, and complex cores must be assembled from many pieces.
        A binder-jet printer builds sand moulds and cores directly from CAD with an inorganic binder, eliminating patterns; integrated simulation optimises gating and risers before printing.
        iron and aluminium foundries; pump and valve makers; engine and gearbox prototypes; spare parts for legacy machines
        mould lead time from weeks to days; complex cores printed in one piece; inorganic binder with low casting emissions; build volume up to 2 × 1 × 1 m
        binder jetting; sand printing; foundry; casting; rapid prototyping
        """,
        """
        铸造砂型与砂芯粘结剂喷射3D打印技术
        铸造砂型3D打印
        铸造企业在浇注样件或备件前需等待数周制作木模或金属模，复杂砂芯还要由多块组装而成。
        粘结剂喷射打印机采用无机粘结剂，依据CAD数据直接打印砂型和砂芯，无需模样；打印前通过集成仿真优化浇冒口系统。
        铸铁和铸铝企业；泵阀制造企业；发动机和变速箱样件；老旧设备备件
        砂型交付周期由数周缩短至数天；复杂砂芯一体打印；无机粘结剂浇注排放低；成型尺寸最大2×1×1米
        粘结剂喷射；砂型打印；铸造；精密铸造；快速原型
        """,
    ),
    concept(
        "drone-logistics",
        "aerospace smart-city intelligent-vehicles",
        """
        Long-range vertical take-off drone for medical and parcel logistics
        drone delivery logistics
        Delivering blood samples, medicines and urgent parts to islands, mountains and congested cities by road is slow, and helicopter transport is expensive.
        A fixed-wing drone with vertical take-off rotors carries 5 kg over 100 km, flies beyond visual line of sight with detect-and-avoid and lands at automatic docking stations that swap batteries and payloads.
        hospital networks and blood banks; island and mountain communities; industrial spare-parts logistics; postal services
        range of 100 km with 5 kg payload; automatic battery swap at docking stations; detect-and-avoid for airspace integration; operates in rain and wind up to 12 m/s
        drone delivery; VTOL; logistics; beyond visual line of sight; low-altitude economy
        """,
        """
        面向医疗与包裹物流的长航程垂直起降无人机
        无人机物流配送
        通过公路向海岛、山区和拥堵城市运送血样、药品和紧急备件速度慢，直升机运输成本又太高。
        带垂直起降旋翼的固定翼无人机可载重5公斤飞行100公里，具备感知避让能力实现超视距飞行，在自动机场降落并自动更换电池和货物。
        医院网络和血站；海岛和山区社区；工业备件物流；邮政快递
        载重5公斤航程100公里；自动机场更换电池；感知避让便于空域融合；可在雨天和12米/秒风速下飞行
        无人机配送；垂直起降；物流；超视距飞行；低空经济
        """,
    ),
    concept(
        "ship-emission-scrubber",
        "marine environmental-protection chemicals",
        """
        Compact hybrid scrubber and ammonia-free NOx reduction for ship exhaust
        ship exhaust gas cleaning
        Ships in emission control areas must cut sulphur oxides and nitrogen oxides, but conventional scrubbers and SCR units are bulky and urea supply is a burden on long voyages.
        A compact hybrid scrubber switches between open-loop seawater and closed-loop alkaline modes, and a plasma-assisted catalytic unit reduces NOx without urea. Wash water is cleaned to meet discharge rules.
        container ships and tankers; ferries and cruise ships; shipyards and retrofit yards; port authorities
        SOx reduced by over 98% and NOx by over 80%; 40% smaller footprint than separate units; no urea consumption; wash water meets IMO discharge criteria
        scrubber; exhaust gas cleaning; NOx reduction; marine emissions; sulphur
        """,
        """
        船舶尾气紧凑型混合式脱硫与无氨脱硝技术
        船舶尾气处理
        在排放控制区航行的船舶需减少硫氧化物和氮氧化物排放，但传统脱硫塔和SCR装置体积大，远洋航行还需携带大量尿素。
        紧凑型混合式脱硫塔可在开式海水和闭式碱液模式间切换，等离子体辅助催化单元无需尿素即可脱硝，洗涤水经处理后满足排放规定。
        集装箱船和油轮；渡轮和邮轮；新造和改装船厂；港口管理部门
        硫氧化物减排98%以上、氮氧化物减排80%以上；占地比分体装置小40%；不消耗尿素；洗涤水满足国际海事组织排放标准
        脱硫塔；尾气处理；脱硝；船舶排放；硫氧化物
        """,
    ),
    concept(
        "pantograph-monitoring",
        "rail instruments ai",
        """
        Camera-based monitoring of pantographs and overhead catenary from wayside stations
        pantograph and catenary monitoring
        Damaged pantographs can tear down overhead lines, causing hours of disruption, and manual inspection of roof equipment happens only in depots.
        High-speed cameras and lasers at a trackside gantry capture every passing train's pantograph; deep-learning models measure carbon strip wear, detect cracks and missing parts and alert maintenance before the next run.
        high-speed and main-line railways; metro operators; rolling stock maintenance depots; catenary maintenance contractors
        inspection at line speed up to 350 km/h; carbon strip wear measured to 0.5 mm; automatic alerts within one minute of passage; day and night operation
        pantograph; catenary; railway inspection; machine vision; predictive maintenance
        """,
        """
        基于轨旁站点摄像的受电弓与接触网状态监测
        受电弓在线监测
        受电弓损坏可能拉断接触网导致数小时中断运营，而车顶设备的人工检查只能在车辆段进行。
        轨旁龙门架上的高速相机和激光器采集每列通过列车的受电弓图像，深度学习模型测量碳滑板磨耗、识别裂纹和部件缺失，在下次运行前提醒检修。
        高速铁路和干线铁路；地铁运营商；车辆段检修；接触网维护单位
        列车以最高350公里/小时通过时完成检测；碳滑板磨耗测量精度0.5毫米；过车一分钟内自动报警；全天候运行
        受电弓；接触网；铁路检测；机器视觉；预测性维护
        """,
    ),
    concept(
        "bidirectional-charging",
        "new-energy-vehicles smart-grid energy-storage",
        """
        Vehicle-to-grid bidirectional charger and aggregation software
        vehicle-to-grid charging
        Millions of parked electric vehicles hold large batteries that sit idle, while grids need flexible storage to balance wind and solar power.
        A bidirectional DC wallbox charges and discharges vehicles following signals from an aggregation platform, which pools many cars to trade flexibility on energy and balancing markets while guaranteeing each driver's departure charge.
        fleet operators and car-sharing companies; utilities and aggregators; office and residential car parks; school bus fleets
        bidirectional power up to 22 kW; compliant with ISO 15118-20; driver's minimum charge guaranteed; revenue from balancing markets shared with owners
        vehicle-to-grid; V2G; bidirectional charging; flexibility aggregation; smart charging
        """,
        """
        车网互动双向充电桩及聚合调度软件
        车网互动双向充电
        数以百万计停放的电动汽车电池处于闲置状态，而电网需要灵活的储能资源来平衡风电和光伏。
        双向直流壁挂充电桩根据聚合平台的指令为车辆充放电，平台将大量车辆打包参与电能量和调频市场交易，同时保证每位车主出行所需电量。
        车队运营和共享汽车企业；电网公司和负荷聚合商；办公和住宅停车场；校车车队
        双向功率最高22kW；符合ISO 15118-20标准；保证车主最低电量；调频收益与车主分享
        车网互动；V2G；双向充电；负荷聚合；智能充电
        """,
    ),
    concept(
        "hd-map-crowdsourcing",
        "intelligent-vehicles space-remote-sensing ai",
        """
        Crowdsourced high-definition map updates from production-vehicle cameras
        HD maps for automated driving
        Automated driving needs lane-level maps that are always current, but survey vehicles update them only every few months while roadworks change lanes daily.
        Production cars with standard cameras detect lane markings, signs and changes; edge software sends compact observations, and cloud fusion updates the map within hours, with privacy-preserving handling of images.
        car makers and automated-driving developers; map providers; road operators; logistics fleets
        map changes detected and published within hours; uses existing vehicle cameras; data volume below 100 KB per km; compliant with privacy and mapping regulations
        HD map; crowdsourcing; automated driving; localisation; map update
        """,
        """
        基于量产车摄像头众包的高精地图更新技术
        自动驾驶高精地图
        自动驾驶需要实时更新的车道级地图，但测绘车辆数月才更新一次，而道路施工每天都在改变车道。
        搭载普通摄像头的量产车识别车道线、交通标志及其变化，边缘软件上传精简观测数据，云端融合后数小时内完成地图更新，图像处理符合隐私保护要求。
        整车厂和自动驾驶企业；地图服务商；道路运营单位；物流车队
        数小时内发现并发布地图变化；利用现有车载摄像头；每公里数据量小于100KB；符合隐私和测绘法规
        高精地图；众包；自动驾驶；定位；地图更新
        """,
    ),
    concept(
        "terahertz-inspection",
        "instruments photonics new-materials",
        """
        Terahertz imaging for non-contact inspection of coatings and composites
        terahertz non-destructive testing
        Paint layers on car bodies, coatings on tablets and defects inside plastic and composite parts cannot be measured without contact or radiation.
        A fibre-coupled terahertz time-domain system measures the thickness of each layer in multilayer coatings and images voids and delaminations inside non-conductive materials, safely and without contact.
        automotive paint shops; pharmaceutical tablet coating; composite and plastic parts; battery separator films
        individual layer thickness measured from 5 µm; no ionising radiation; inline measurement on moving parts; works on wet and dry paint
        terahertz; non-destructive testing; coating thickness; multilayer; inline inspection
        """,
        """
        涂层和复合材料非接触太赫兹检测技术
        太赫兹无损检测
        车身漆层、药片包衣以及塑料和复合材料内部缺陷难以在不接触、无辐射的条件下测量。
        光纤耦合太赫兹时域系统可测量多层涂层中每一层的厚度，并对非导电材料内部的空洞和分层成像，安全且无需接触。
        汽车涂装车间；药片包衣；复合材料和塑料件；电池隔膜
        单层厚度测量下限5微米；无电离辐射；可对运动工件在线测量；湿膜和干膜均可测量
        太赫兹；无损检测；涂层测厚；多层结构；在线检测
        """,
    ),
    concept(
        "mid-ir-laser-sensing",
        "photonics environmental-protection medical-devices",
        """
        Quantum cascade laser spectrometer for trace gas and breath analysis
        mid-infrared laser gas analysis
        Measuring trace gases in industrial processes, the environment and human breath needs sensitive, selective instruments, but laboratory analysers are bulky and slow.
        A tunable quantum cascade laser with a compact multipass cell measures mid-infrared absorption fingerprints of several molecules simultaneously at parts-per-billion levels in real time.
        process control in chemicals and semiconductors; environmental and emission monitoring; breath diagnostics research; leak detection
        detection limits at ppb level; several gases measured simultaneously; response time below one second; no consumables or carrier gas
        quantum cascade laser; mid-infrared; gas analysis; breath analysis; spectroscopy
        """,
        """
        用于痕量气体与呼气分析的量子级联激光光谱仪
        中红外激光气体分析
        工业过程、环境和人体呼气中的痕量气体测量需要高灵敏度、高选择性的仪器，而实验室分析仪体积大、速度慢。
        可调谐量子级联激光器配合紧凑型多次反射池，实时测量多种分子的中红外吸收特征，检测限达ppb级。
        化工和半导体过程控制；环境与排放监测；呼气诊断研究；泄漏检测
        检测限达ppb级；多种气体同时测量；响应时间小于1秒；无耗材、无需载气
        量子级联激光器；中红外；气体分析；呼气检测；光谱
        """,
    ),
    concept(
        "e-paper-signage",
        "display energy-efficiency smart-city",
        """
        Colour e-paper signage powered by solar cells for bus stops and retail
        low-power e-paper displays
        LCD signs at bus stops and in shops need mains power and cabling, while printed signs cannot show real-time information.
        Full-colour electrophoretic displays that draw power only when the image changes are combined with indoor or outdoor solar cells and wireless updates, so signs can be installed anywhere without cabling.
        public transport stops; retail shelf and window signage; hospitals and offices; parking guidance
        no mains connection needed; readable in direct sunlight; updates over LoRa or 4G; 95% less energy than LCD signs
        e-paper; electronic ink; digital signage; solar powered; low power display
        """,
        """
        太阳能供电的彩色电子纸公交站牌与零售标牌
        低功耗电子纸显示
        公交站和商店的液晶显示屏需要市电和布线，而印刷标牌无法显示实时信息。
        仅在画面刷新时耗电的全彩电泳显示屏结合室内外太阳能电池和无线更新，标牌无需布线即可随处安装。
        公交站台；零售货架和橱窗标牌；医院和办公楼；停车诱导
        无需市电；阳光直射下清晰可读；通过LoRa或4G更新内容；比液晶标牌节能95%
        电子纸；电子墨水；数字标牌；太阳能供电；低功耗显示
        """,
    ),
)
