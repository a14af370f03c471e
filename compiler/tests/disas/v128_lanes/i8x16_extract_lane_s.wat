;; `i8x16.extract_lane_s` of lane 1.

(module
  (func (export "f") (param $a v128) (result i32)
    (i8x16.extract_lane_s 1 (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pextrb  eax,xmm0,1
;;     2c: movsx   eax,al
;;     30: leave
;;     31: ret     0x10
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x1F
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x1F
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vpextrb eax,xmm0,1
;;     2b: movsx   eax,al
;;     2f: leave
;;     30: ret     0x10
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x1F
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x1F
;;     7a: mov     eax,9
;;     80: mov     rsp,[r11+8]
;;     85: ret
