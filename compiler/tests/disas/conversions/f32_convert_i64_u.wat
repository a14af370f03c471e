;; `f32.convert_i64_u` of a local.

(module
  (func (export "f") (param $a i64) (result f32)
    (f32.convert_i64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: js      0x000000000000003A
;;     2c: xorps   xmm0,xmm0
;;     30: cvtsi2ss xmm0,rax
;;     35: jmp     0x0000000000000056
;;     3a: mov     r11,rax
;;     3d: shr     r11,1
;;     41: and     rax,1
;;     45: or      r11,rax
;;     48: xorps   xmm0,xmm0
;;     4c: cvtsi2ss xmm0,r11
;;     51: addss   xmm0,xmm0
;;     56: leave
;;     57: ret     8
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1F
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x1F
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
