;; `div_s` by 8: shifts and masks, no divide.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.div_s (local.get $a) (i32.const 8))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,rax
;;     26: sar     r11d,0x1F
;;     2a: shr     r11d,0x1D
;;     2e: add     eax,r11d
;;     31: sar     eax,3
;;     35: leave
;;     36: ret     8
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x1F
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x1F
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret
