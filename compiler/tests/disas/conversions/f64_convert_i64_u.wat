;; `f64.convert_i64_u` of a local.

(module
  (func (export "f") (param $a i64) (result f64)
    (f64.convert_i64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000058
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: js      0x000000000000003A
;;     2c: xorps   xmm0,xmm0
;;     30: cvtsi2sd xmm0,rax
;;     35: jmp     0x0000000000000056
;;     3a: mov     r11,rax
;;     3d: shr     r11,1
;;     41: and     rax,1
;;     45: or      r11,rax
;;     48: xorps   xmm0,xmm0
;;     4c: cvtsi2sd xmm0,r11
;;     51: addsd   xmm0,xmm0
;;     56: leave
;;     57: ret
;;     58: cmp     dword ptr [r11+0x14],0
;;     61: jne     0x0000000000000077
;;     67: cmp     rax,[r11+0x38]
;;     6c: jb      0x0000000000000091
;;     72: jmp     0x000000000000001E
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,0xA
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x1F
;;     9f: mov     eax,9
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
