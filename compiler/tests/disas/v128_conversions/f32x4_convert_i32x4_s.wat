;; `f32x4.convert_i32x4_s` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (f32x4.convert_i32x4_s (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002D
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: cvtdq2ps xmm0,xmm0
;;     29: leave
;;     2a: ret     0x10
;;     2d: cmp     dword ptr [r11+0x14],0
;;     36: jne     0x000000000000004C
;;     3c: cmp     rax,[r11+0x38]
;;     41: jb      0x0000000000000066
;;     47: jmp     0x000000000000001E
;;     4c: mov     r11,[r14]
;;     51: mov     qword ptr [r11+0x18],0x1F
;;     5a: mov     eax,0xA
;;     60: mov     rsp,[r11+8]
;;     65: ret
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x1F
;;     74: mov     eax,9
;;     7a: mov     rsp,[r11+8]
;;     7f: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vcvtdq2ps xmm0,xmm0
;;     2a: leave
;;     2b: ret     0x10
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x000000000000004D
;;     3d: cmp     rax,[r11+0x38]
;;     42: jb      0x0000000000000067
;;     48: jmp     0x000000000000001E
;;     4d: mov     r11,[r14]
;;     52: mov     qword ptr [r11+0x18],0x1F
;;     5b: mov     eax,0xA
;;     61: mov     rsp,[r11+8]
;;     66: ret
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x1F
;;     75: mov     eax,9
;;     7b: mov     rsp,[r11+8]
;;     80: ret
